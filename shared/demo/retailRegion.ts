import type { DemoClient, DemoHospital, DemoRegion } from './demoRegion';
import { personName, uniqueName } from './demoRegion';
import { SURNAMES } from './demoVocabulary';
import { seededRandom, type Random } from './seededRandom';

type Grade = 'A' | 'B' | 'C';

export interface RetailRepProfile {
  name: string;
  /** The area (片区) the account manager serves. */
  area: string;
  visitsPerDay: number;
  retailers: number;
  /** Share of the area's retailers in each compliance grade. */
  grades: Readonly<Record<Grade, number>>;
}

/**
 * Four tobacco account managers (客户经理) of 临江市, one area each: the old town and the new district have
 * more well-kept shops (A), the outskirts more shops that need correction (C). A manager calls on
 * 16–19 shops a day.
 */
export const RETAIL_REPS: readonly RetailRepProfile[] = [
  { name: '马骏', area: '老城区', visitsPerDay: 19, retailers: 160, grades: { A: 35, B: 50, C: 15 } },
  { name: '罗婷', area: '高新区', visitsPerDay: 17, retailers: 150, grades: { A: 30, B: 52, C: 18 } },
  { name: '梁振', area: '江北区', visitsPerDay: 17, retailers: 145, grades: { A: 25, B: 50, C: 25 } },
  { name: '谢雨', area: '城郊乡镇', visitsPerDay: 16, retailers: 135, grades: { A: 18, B: 50, C: 32 } },
];

export const RETAIL_MANAGER = '唐国强';
export const RETAIL_SEED = 20261125;

/** 业态 (kind of shop) with its weight and the words its names end in. */
const SHOP_KINDS = [
  ['便利店', 30, ['便利店', '便民店']],
  ['食杂店', 28, ['食杂店', '小卖部', '副食店']],
  ['超市', 18, ['超市', '生活超市', '购物中心']],
  ['烟酒店', 16, ['烟酒商行', '名烟名酒', '烟酒店']],
  ['娱乐服务类', 5, ['宾馆', '棋牌室', '茶楼']],
  ['商场', 3, ['百货商场', '商厦']],
] as const;
const NAME_WORDS = ['惠民', '好邻居', '家家乐', '万家', '福满', '兴隆', '永盛', '鑫鑫', '佳佳', '顺发', '金源', '红星', '利民', '四季', '丰收', '和顺', '美宜', '百姓', '旺角', '阳光', '新时代', '乐购', '平安', '吉祥'] as const;
const STREETS = ['人民路', '解放路', '中山路', '建设路', '江滨路', '文化街', '新华街', '光明路', '胜利路', '和平路', '青年路', '长江路'] as const;

/** Compliance scores (100 points) per grade: A ≥ 90, B 75–89, C below 75. */
const SCORE: Record<Grade, readonly [number, number]> = { A: [90, 100], B: [75, 89], C: [55, 74] };

function shopName(random: Random, kindWords: readonly string[]): string {
  const roll = random.next();
  const prefix = roll < 0.4 ? `${random.pick(SURNAMES)}记` : roll < 0.7 ? random.pick(NAME_WORDS) : `${random.pick(STREETS)}${random.pick(NAME_WORDS)}`;
  return prefix + random.pick(kindWords);
}

/**
 * 零售户合规分级 demo (retail-compliance model): 590 tobacco retail licence holders under 4
 * account managers. Each licence holder (the client, 零售户) keeps one shop (门店, their
 * organisation) in the manager's area (片区), with a compliance score (100 points), the kind of
 * shop (业态) and the licence number; A-class shops also have a business score, by which the
 * top 40 get stars. Deterministic from the seed.
 */
export function generateRetailRegion(seed: number = RETAIL_SEED): DemoRegion {
  const random = seededRandom(seed);
  const hospitals: DemoHospital[] = [];
  const clients: DemoClient[] = [];
  const names = new Set<string>();
  let licence = 0;
  for (const profile of RETAIL_REPS) {
    const grades = Object.entries(profile.grades) as [Grade, number][];
    for (let i = 0; i < profile.retailers; i++) {
      const [kind, , words] = random.weighted(SHOP_KINDS.map((shop) => [shop, shop[1]] as const));
      const grade = random.weighted(grades);
      const [low, high] = SCORE[grade];
      licence += 1;
      // 业态 and 许可证号 are free columns, as a licensing office's sheet brings them.
      const attributes: Record<string, string | number> = {
        complianceScore: random.int(low, high),
        业态: kind,
        许可证号: `3301${String(2_000_000 + licence * 37).padStart(8, '0')}`,
      };
      // The business score is only assessed for A-class shops (DOMAIN 3.6), with one decimal.
      if (grade === 'A') attributes.businessScore = Math.round((60 + random.next() * 40) * 10) / 10;
      const shop = uniqueName(random, names, 'shop', (r) => shopName(r, words));
      hospitals.push({ name: shop, hospitalClass: null, revenueWan: null, beds: null });
      clients.push({
        hospital: shop,
        department: profile.area,
        name: personName(random),
        title: null,
        bedsManaged: null,
        volumeOurs: null,
        volumeCompetitor: null,
        behaviour: null,
        rep: profile.name,
        attributes,
      });
    }
  }
  return {
    manager: RETAIL_MANAGER,
    reps: RETAIL_REPS.map((profile) => ({ name: profile.name, visitsPerDay: profile.visitsPerDay })),
    hospitals,
    clients,
  };
}
