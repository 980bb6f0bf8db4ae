import type { MessageKey } from '../index';
import { app } from './app';
import { cli } from './cli';
import { domainScan } from './domain-scan';
import { problems } from './problems';

export const en: Record<MessageKey, string> = { ...app, ...problems, ...cli, ...domainScan };
