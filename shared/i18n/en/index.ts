import type { MessageKey } from '../index';
import { app } from './app';
import { cli } from './cli';
import { problems } from './problems';
import { projectEdges } from './project-edges';

export const en: Record<MessageKey, string> = { ...app, ...problems, ...cli, ...projectEdges };
