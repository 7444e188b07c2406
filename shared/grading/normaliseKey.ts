// Zero-width characters survive copy-paste from Excel and web pages and are invisible to users.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// JS \s covers U+3000 (ideographic space) and NBSP; NFKC has already turned most of them into ' '.
const WHITESPACE = /\s+/g;
// '主任医师 (教授)' and '主任医师(教授)' are the same title; NFKC already maps （） to ().
const SPACE_AT_PAREN = / ?([()]) ?/g;
const ASCII_UPPER = /[A-Z]+/g;

/**
 * The key under which dictionaries compare entered words: NFKC (full-width letters, digits
 * and parentheses become half-width), zero-width characters removed, whitespace trimmed and
 * collapsed, spaces next to parentheses dropped, ASCII lower-cased. Idempotent.
 */
export function normaliseKey(raw: string): string {
  return raw
    .replace(ZERO_WIDTH, '')
    .normalize('NFKC')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(SPACE_AT_PAREN, '$1')
    .replace(ASCII_UPPER, (s) => s.toLowerCase());
}

// A trailing note in brackets: 住院医师(规培), 三甲【省重点】, 首选 〔主推〕. NFKC has made （） and ［］ half-width.
const TRAILING_NOTE = /^(.*?\S)\s*(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕)$/u;

/**
 * The word a normalised key names without its trailing bracketed note ('住院医师(规培)' →
 * '住院医师'), or null when it has none. Dictionaries fall back to it, so a note the user adds
 * does not leave a client ungraded; the note itself stays in what the user entered.
 */
export function withoutTrailingNote(key: string): string | null {
  const base = TRAILING_NOTE.exec(key)?.[1];
  return base === undefined ? null : base;
}
