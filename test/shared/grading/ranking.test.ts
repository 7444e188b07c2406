import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyRanking, ModelDefinitionSchema, rankingAttributesOfModel, RankingSchema, topNByAttribute, validateModel } from '../../../shared/grading';
import type { ModelDefinition, RankCandidate } from '../../../shared/grading';
import { RETAIL_COMPLIANCE } from '../../../shared/models';

describe('topNByAttribute', () => {
  it('returns the top N ids within the given cells, best first', () => {
    const clients: RankCandidate<string>[] = [
      { id: 'a', cell: 'A', value: 10 },
      { id: 'b', cell: 'A', value: 30 },
      { id: 'c', cell: 'B', value: 99 },
      { id: 'd', cell: 'A', value: '20' },
      { id: 'e', cell: 'C', value: 25 },
    ];
    expect(topNByAttribute(clients, ['A'], 2)).toEqual(['b', 'd']);
    expect(topNByAttribute(clients, ['A', 'C'], 3)).toEqual(['b', 'e', 'd']);
    expect(topNByAttribute(clients, ['A'], 10)).toEqual(['b', 'd', 'a']);
    expect(topNByAttribute(clients, [], 10)).toEqual([]);
  });

  it('breaks ties by id: numbers ascending, then text by code units', () => {
    const tied: RankCandidate[] = [
      { id: 'x2', cell: 'A', value: 5 },
      { id: 10, cell: 'A', value: 5 },
      { id: 'X1', cell: 'A', value: 5 },
      { id: 9, cell: 'A', value: 5 },
    ];
    expect(topNByAttribute(tied, ['A'], 4)).toEqual([9, 10, 'X1', 'x2']);
    expect(topNByAttribute([...tied].reverse(), ['A'], 4)).toEqual([9, 10, 'X1', 'x2']);
  });

  it('leaves out ungraded clients and blank or non-numeric values (never ranked as 0)', () => {
    const clients: RankCandidate<number>[] = [
      { id: 1, cell: null, value: 100 },
      { id: 2, cell: undefined, value: 100 },
      { id: 3, cell: 'A', value: null },
      { id: 4, cell: 'A', value: '' },
      { id: 5, cell: 'A', value: 'n/a' },
      { id: 6, cell: 'A', value: Number.NaN },
      { id: 7, cell: 'A', value: -5 },
      { id: 8, cell: 'A', value: '1,200' },
    ];
    expect(topNByAttribute(clients, ['A'], 10)).toEqual([8, 7]);
  });

  it('keeps nobody for a top below 1', () => {
    const clients = [{ id: 1, cell: 'A', value: 1 }];
    expect(topNByAttribute(clients, ['A'], 0)).toEqual([]);
    expect(topNByAttribute(clients, ['A'], -1)).toEqual([]);
    expect(topNByAttribute(clients, ['A'], Number.NaN)).toEqual([]);
    expect(topNByAttribute(clients, ['A'], 1.7)).toEqual([1]);
  });

  it('agrees with sorting everything, whatever the input order', () => {
    const candidate = fc.record({ id: fc.integer({ min: 1, max: 500 }), cell: fc.constantFrom('A', 'B', null), value: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 60 }), fc.integer({ min: 1, max: 70 }), (clients, top) => {
        const expected = clients
          .filter((c) => c.cell === 'A')
          .sort((a, b) => b.value - a.value || a.id - b.id)
          .slice(0, top)
          .map((c) => c.id);
        expect(topNByAttribute(clients, ['A'], top)).toEqual(expected);
        expect(topNByAttribute([...clients].reverse(), ['A'], top)).toEqual(expected);
      }),
    );
  });
});

describe('model rankings', () => {
  const ranking = { id: 'stars', name: { 'zh-CN': '星级', en: 'Stars' }, cells: ['A'], attribute: 'businessScore', top: 2 };

  it('applies a ranking through its attribute, cells and size', () => {
    const clients = [
      { id: 1, cell: 'A', attributes: { businessScore: 50 } },
      { id: 2, cell: 'B', attributes: { businessScore: 90 } },
      { id: 3, cell: 'A', attributes: { businessScore: '70' } },
      { id: 4, cell: 'A', attributes: { businessScore: 60 } },
    ];
    expect(applyRanking(ranking, clients)).toEqual([3, 4]);
  });

  it('names the attributes rankings read', () => {
    expect(rankingAttributesOfModel({})).toEqual([]);
    expect(rankingAttributesOfModel({ rankings: [ranking, { ...ranking, id: 'again' }] })).toEqual(['businessScore']);
  });

  function withRankings(rankings: unknown): ModelDefinition {
    return { ...(JSON.parse(JSON.stringify(RETAIL_COMPLIANCE)) as ModelDefinition), rankings: rankings as ModelDefinition['rankings'] };
  }

  it('survives parsing unchanged and needs integers', () => {
    expect(ModelDefinitionSchema.parse(withRankings([ranking])).rankings).toEqual([ranking]);
    expect(RankingSchema.safeParse({ ...ranking, top: 2.5 }).success).toBe(false);
    expect(RankingSchema.safeParse({ ...ranking, attribute: '' }).success).toBe(false);
  });

  it.each<[string, unknown, string, (string | number)[], string, string]>([
    ['an unknown cell', { cells: ['A', 'S'] }, 'ranking.unknownCell', ['rankings', 0, 'cells', 1], 'Ranking "stars" refers to an unknown cell "S"', '排名“stars”引用了不存在的格子“S”'],
    ['no cells', { cells: [] }, 'ranking.noCells', ['rankings', 0, 'cells'], 'Ranking "stars" names no cells to rank', '排名“stars”没有指定参与排名的格子'],
    ['top 0', { top: 0 }, 'ranking.topTooSmall', ['rankings', 0, 'top'], 'Ranking "stars" must keep at least 1 client (it keeps 0)', '排名“stars”的名额必须至少为 1（当前为 0）'],
  ])('rejects %s, in both languages', (_name, change, code, path, en, zh) => {
    const model = withRankings([{ ...ranking, ...(change as object) }]);
    expect(ModelDefinitionSchema.safeParse(model).success).toBe(false);
    const problems = validateModel(model);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, path, message: { en, 'zh-CN': zh } });
  });

  it('rejects two rankings with the same id', () => {
    expect(validateModel(withRankings([ranking, ranking])).map((p) => [p.code, p.path])).toEqual([['ranking.duplicateId', ['rankings', 1, 'id']]]);
  });
});
