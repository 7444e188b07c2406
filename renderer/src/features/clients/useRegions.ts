import { useMemo } from 'react';
import { useApiQuery } from '../../api/hooks';
import { REGION_FACETS, hasManyRegions, regionsOfFacets, type RegionCount } from './regions';

/**
 * The regions in the database, with counts (one cheap 'clients.facets' read, refreshed with
 * the clients). `many` is undefined until known.
 */
export function useRegions(): { regions: RegionCount[]; many: boolean | undefined } {
  const facets = useApiQuery('clients.facets', REGION_FACETS);
  return useMemo(() => {
    const regions = regionsOfFacets(facets.data);
    return { regions, many: facets.data === undefined ? undefined : hasManyRegions(regions) };
  }, [facets.data]);
}
