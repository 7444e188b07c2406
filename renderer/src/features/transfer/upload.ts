import type { Api } from '../../../../shared/contract';
import { UPLOAD_CHUNK_CHARS } from '../../../../shared/contract/transferMethods';

/** Bytes per chunk so that each chunk's base64 fits UPLOAD_CHUNK_CHARS. */
const CHUNK_BYTES = (UPLOAD_CHUNK_CHARS / 4) * 3;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends a chosen or dropped file to the core in chunks (every transport has a request size limit). */
export async function uploadFile(api: Api, file: File, onProgress: (fraction: number) => void): Promise<string> {
  const { token } = await api.call('transfer.stageBegin', { fileName: file.name, size: file.size });
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    await api.call('transfer.stageChunk', { token, offset, base64: toBase64(bytes) });
    onProgress(Math.min(1, (offset + bytes.length) / Math.max(file.size, 1)));
  }
  return token;
}
