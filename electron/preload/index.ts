import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/contract/bridgeApi';
import { EVENT_NAMES } from '../../shared/contract/events';
import { METHOD_NAMES } from '../../shared/contract/methods';
import { createBridge } from './bridge';

// Sandboxed preload (bundled to CommonJS): it may only use 'electron' and bundled code.
// The page gets window.territoryGrid and nothing else from Electron.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer, METHOD_NAMES, EVENT_NAMES));
