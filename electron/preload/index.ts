import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/contract/bridgeApi';
import { createBridge } from './bridge';
import { PRELOAD_EVENT_NAMES, PRELOAD_METHOD_NAMES } from './exposedNames';

// Sandboxed preload (bundled to CommonJS): it may only use 'electron' and bundled code.
// The page gets window.territoryGrid and nothing else from Electron.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer, PRELOAD_METHOD_NAMES, PRELOAD_EVENT_NAMES));
