import type { DemoRegion } from '../../shared/demo/demoRegion';
import { generatePharmaRegion } from '../../shared/demo/pharmaRegion';
import { seededRandom } from '../../shared/demo/seededRandom';

/**
 * A national roll-up of `clients` doctors: the pharma demo region's hospitals and reps, with
 * doctors drawn from the demo's own doctors (so grades spread the same way) under new names.
 */
export function syntheticRegion(clients: number, seed = 7): DemoRegion {
  const base = generatePharmaRegion(seed);
  const random = seededRandom(seed);
  const doctors = Array.from({ length: clients }, (_, i) => {
    const template = random.pick(base.clients);
    return { ...template, name: `${template.name}${i}` };
  });
  return { ...base, clients: doctors };
}
