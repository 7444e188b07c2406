import { describe, expect, it } from 'vitest';
import {
  dictionaryCategories,
  enteredAttributesOfModel,
  isBuiltinAttribute,
  ModelDefinitionSchema,
  validateModel,
  type ModelDefinition,
} from '../../../shared/grading';
import {
  attributeInputsOfModel,
  B2B_LIFECYCLE,
  BUILTIN_MODELS,
  DEFAULT_DICTIONARIES,
  DEFAULT_VOCABULARY,
  EMPLOYEE_NINE_GRID,
  inputsOfModel,
  PHARMA_NINE_GRID,
  PRESET_VOCABULARIES,
  RETAIL_COMPLIANCE,
  vocabularyOfModel,
  vocabularyTexts,
} from '../../../shared/models';

const presets = BUILTIN_MODELS.map((model) => [model.id, model] as const);

describe('inputs of the built-in presets', () => {
  it.each(presets)('%s declares every attribute it reads (attributesOfModel ⊆ declared ∪ built-in)', (_id, model) => {
    const declared = new Set((model.inputs ?? []).map((input) => input.attribute));
    const undeclared = enteredAttributesOfModel(model).filter((attribute) => !declared.has(attribute) && !isBuiltinAttribute(attribute));
    expect(undeclared).toEqual([]);
    expect(model.inputs?.length).toBeGreaterThan(0);
    expect(model.vocabulary).toBeDefined();
  });

  it.each(presets)('%s offers only values its dictionary knows, with labels in both languages', (_id, model) => {
    for (const input of model.inputs ?? []) {
      expect(input.label['zh-CN'].trim(), input.attribute).not.toBe('');
      expect(input.label.en.trim(), input.attribute).not.toBe('');
      if (input.type !== 'choice') continue;
      const dictionary = DEFAULT_DICTIONARIES[input.dictionary!];
      expect(dictionary, input.attribute).toBeDefined();
      const categories = dictionaryCategories(dictionary!);
      for (const choice of input.values ?? []) expect(categories, `${input.attribute}=${choice.value}`).toContain(choice.value);
    }
  });

  it('state the units the rules compare in: B2B spend and margin in 元 (the bands say 200万 = 2,000,000)', () => {
    const spend = B2B_LIFECYCLE.inputs!.find((input) => input.attribute === 'annualSpend')!;
    expect(spend.unit).toEqual({ 'zh-CN': '元', en: 'RMB' });
    expect(spend.headerUnits).toContainEqual({ unit: '万元', factor: 10_000 });
    const score = RETAIL_COMPLIANCE.inputs!.find((input) => input.attribute === 'complianceScore')!;
    expect([score.min, score.max]).toEqual([0, 100]);
  });

  it('give every preset a vocabulary; the pharma default speaks of doctors in hospitals, the staff grid of employees in teams', () => {
    expect(PHARMA_NINE_GRID.vocabulary).toEqual(DEFAULT_VOCABULARY);
    expect(EMPLOYEE_NINE_GRID.vocabulary).toEqual({ client: 'employee', organisation: 'team' });
    expect(vocabularyTexts(EMPLOYEE_NINE_GRID.vocabulary!, 'zh-CN')).toMatchObject({ client: '员工', org: '团队', counted: '位员工' });
    expect(vocabularyTexts(EMPLOYEE_NINE_GRID.vocabulary!, 'en')).toMatchObject({ clients: 'employees', Org: 'Team', Orgs: 'Teams' });
    // The pharma words are the ones the app has always used.
    expect(vocabularyTexts(DEFAULT_VOCABULARY, 'zh-CN')).toMatchObject({ client: '客户', org: '医院', dept: '科室' });
    expect(vocabularyTexts(DEFAULT_VOCABULARY, 'en')).toMatchObject({ client: 'client', Org: 'Hospital', dept: 'department' });
  });
});

describe('inputsOfModel and vocabularyOfModel for definitions stored without them', () => {
  const strip = (model: ModelDefinition): ModelDefinition => {
    const copy = structuredClone(model);
    delete copy.inputs;
    delete copy.vocabulary;
    return copy;
  };

  it('use the preset of the same id', () => {
    expect(inputsOfModel(strip(B2B_LIFECYCLE))).toEqual(B2B_LIFECYCLE.inputs);
    expect(vocabularyOfModel(strip(EMPLOYEE_NINE_GRID))).toEqual(EMPLOYEE_NINE_GRID.vocabulary);
  });

  it('fall back to the presets’ inputs by attribute, then to what the rules read, for a copy under another id', () => {
    const copy = { ...strip(B2B_LIFECYCLE), id: 'my-b2b' };
    expect(inputsOfModel(copy).map((input) => input.attribute)).toEqual(['lifecycle', 'annualSpend', 'grossMargin']);
    expect(vocabularyOfModel(copy)).toEqual({ client: 'client', organisation: 'organisation' });
    const custom: ModelDefinition = {
      ...copy,
      axes: [
        { ...copy.axes[0]!, rule: { kind: 'entered', attribute: 'stageOfLife', dictionary: 'lifecycle' } },
        { ...copy.axes[1]!, rule: { kind: 'thresholds', attribute: 'turnover', bands: [{ min: null, max: null, minInclusive: true, maxInclusive: true, value: '1' }] } },
      ],
    };
    expect(inputsOfModel(custom).map((input) => [input.attribute, input.type, input.dictionary])).toEqual([
      ['stageOfLife', 'choice', 'lifecycle'],
      ['turnover', 'number', undefined],
    ]);
  });

  it('keep built-in fields out of the attribute inputs and guess the pharma words for a model that grades with them', () => {
    expect(attributeInputsOfModel(PHARMA_NINE_GRID)).toEqual([]);
    expect(vocabularyOfModel({ ...strip(PHARMA_NINE_GRID), id: 'my-pharma' })).toEqual(DEFAULT_VOCABULARY);
    expect(attributeInputsOfModel(RETAIL_COMPLIANCE).map((input) => input.attribute)).toEqual(['complianceScore', 'complianceGrade', 'businessScore']);
  });
});

describe('validateModel checks the inputs', () => {
  const codes = (model: ModelDefinition) => validateModel(model).map((problem) => problem.code);
  const withInputs = (inputs: ModelDefinition['inputs']): ModelDefinition => ({ ...B2B_LIFECYCLE, inputs });

  it('accepts every preset, through the schema too', () => {
    for (const model of BUILTIN_MODELS) expect(ModelDefinitionSchema.safeParse(model).success, model.id).toBe(true);
  });

  it('reports an attribute the rules read that no input declares', () => {
    const problems = validateModel(withInputs(B2B_LIFECYCLE.inputs!.filter((input) => input.attribute !== 'grossMargin')));
    expect(problems.map((p) => [p.code, p.params.attribute])).toEqual([['input.undeclared', 'grossMargin']]);
    expect(problems[0]!.message['zh-CN']).toContain('grossMargin');
    expect(problems[0]!.message.en).toContain('declares no input');
  });

  it('reports a wrong type, a wrong dictionary, missing and unaccepted values', () => {
    const [lifecycle, spend, margin] = B2B_LIFECYCLE.inputs!;
    expect(codes(withInputs([lifecycle!, { ...spend!, type: 'text', min: undefined, headerUnits: undefined }, margin!]))).toEqual(['input.typeMismatch']);
    expect(codes(withInputs([{ ...lifecycle!, dictionary: 'level' }, spend!, margin!]))).toContain('input.dictionaryMismatch');
    const fewer = { ...lifecycle!, values: lifecycle!.values!.slice(0, 2) };
    expect(codes(withInputs([fewer, spend!, margin!]))).toEqual(['input.missingValues']);
    const extra = { ...lifecycle!, values: [...lifecycle!.values!, { value: 'X', label: { 'zh-CN': 'X', en: 'X' } }] };
    expect(codes(withInputs([extra, spend!, margin!]))).toEqual(['input.unacceptedValue']);
  });

  it('reports duplicates, a choice without a dictionary, ranges on non-numbers and an empty range', () => {
    const [lifecycle, spend, margin] = B2B_LIFECYCLE.inputs!;
    expect(codes(withInputs([lifecycle!, spend!, margin!, spend!]))).toEqual(['input.duplicate']);
    expect(codes(withInputs([{ ...lifecycle!, dictionary: undefined }, spend!, margin!]))).toEqual(['input.choiceWithoutDictionary']);
    expect(codes(withInputs([{ ...lifecycle!, dictionary: 'nope' }, spend!, margin!]))).toContain('input.unknownDictionary');
    expect(codes(withInputs([lifecycle!, { ...spend!, min: 10, max: 5 }, margin!]))).toEqual(['input.emptyRange']);
    expect(codes(withInputs([lifecycle!, spend!, margin!, { attribute: 'note', label: { 'zh-CN': '备注', en: 'Note' }, type: 'text', max: 3 }]))).toEqual([
      'input.rangeWithoutNumber',
    ]);
  });

  it('leaves a model without inputs unchecked (stored before models declared them)', () => {
    const { inputs: _inputs, ...rest } = B2B_LIFECYCLE;
    expect(validateModel(rest)).toEqual([]);
  });
});

describe('PRESET_VOCABULARIES', () => {
  it('holds exactly the presets’ vocabularies, by id', () => {
    expect(Object.keys(PRESET_VOCABULARIES).sort()).toEqual(BUILTIN_MODELS.map((model) => model.id).sort());
    for (const model of BUILTIN_MODELS) expect(model.vocabulary, model.id).toEqual(PRESET_VOCABULARIES[model.id as keyof typeof PRESET_VOCABULARIES]);
  });
});
