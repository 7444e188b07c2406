import type { BuiltinAttribute, ModelInput } from '../grading/modelInputs';
import { label } from './presetParts';

/**
 * The built-in client fields as model inputs (labels, types, units), for models that read
 * them. They keep their own columns, editors and import fields; the declaration says what
 * the model asks for and in which unit its rules compare.
 */
export const BUILTIN_INPUTS: Readonly<Record<BuiltinAttribute, ModelInput>> = {
  hospitalClass: {
    attribute: 'hospitalClass',
    label: label('医院级别', 'Hospital class'),
    type: 'choice',
    dictionary: 'hospitalClass',
    values: [
      { value: '3', label: label('三级', 'Class 3') },
      { value: '2', label: label('二级', 'Class 2') },
      { value: '1', label: label('二级以下', 'Below class 2') },
    ],
  },
  // The potential rule's bands are in 万元: > 20,000 万 (2亿) → class 3.
  hospitalRevenueWan: { attribute: 'hospitalRevenueWan', label: label('医院年收入', 'Hospital revenue'), type: 'number', unit: label('万元', '10k RMB'), min: 0 },
  hospitalBeds: { attribute: 'hospitalBeds', label: label('医院床位数', 'Hospital beds'), type: 'number', integer: true, min: 0 },
  title: {
    attribute: 'title',
    label: label('职称', 'Title'),
    type: 'choice',
    dictionary: 'title',
    values: [
      { value: 'senior', label: label('副主任以上', 'Chief / associate chief') },
      { value: 'attending', label: label('主治医师', 'Attending') },
      { value: 'resident', label: label('住院医师', 'Resident') },
    ],
  },
  bedsManaged: { attribute: 'bedsManaged', label: label('管床数', 'Beds managed'), type: 'number', unit: label('床', 'beds'), integer: true, min: 0 },
  volumeOurs: { attribute: 'volumeOurs', label: label('我方月用量', 'Our monthly volume'), type: 'number', unit: label('支', 'units'), integer: true, min: 0 },
  volumeCompetitor: { attribute: 'volumeCompetitor', label: label('竞品月用量', 'Competitor monthly volume'), type: 'number', unit: label('支', 'units'), integer: true, min: 0 },
  behaviour: {
    attribute: 'behaviour',
    label: label('处方行为', 'Prescribing behaviour'),
    type: 'choice',
    dictionary: 'behaviour',
    values: [
      { value: '1', label: label('首选', 'First choice') },
      { value: '2', label: label('次选', 'Second choice') },
      { value: '3', label: label('竞品/未用', 'Competitor / not using') },
    ],
  },
};

/** The built-in inputs of these attributes, in this order (for the pharma presets). */
export function builtinInputs(...attributes: BuiltinAttribute[]): ModelInput[] {
  return attributes.map((attribute) => BUILTIN_INPUTS[attribute]);
}
