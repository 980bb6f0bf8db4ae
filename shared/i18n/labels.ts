import type { JobPhase } from '../jobs';
import type { CompileType } from '../model';
import type { MessageKey } from './index';

// The dictionary key of each value of a closed set, written out so every key is used by name.

export const COMPILE_TYPE_LABELS: Record<CompileType, MessageKey> = {
  miniprogram: 'compileType.miniprogram',
  plugin: 'compileType.plugin',
  game: 'compileType.game',
  gamePlugin: 'compileType.gamePlugin',
};

export const PHASE_LABELS: Record<JobPhase, MessageKey> = {
  starting: 'phase.starting',
  npm: 'phase.npm',
  compile: 'phase.compile',
  pack: 'phase.pack',
  upload: 'phase.upload',
  install: 'phase.install',
  finishing: 'phase.finishing',
};
