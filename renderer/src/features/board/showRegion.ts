import { createContext } from 'react';

/** Cards name their client's region when the database holds several (a regional roll-up). */
export const ShowRegionContext = createContext(false);
