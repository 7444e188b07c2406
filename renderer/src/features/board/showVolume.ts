import { createContext } from 'react';

/** Cards and cells show a monthly volume only under a model that speaks of one (modelHasVolume). */
export const ShowVolumeContext = createContext(true);
