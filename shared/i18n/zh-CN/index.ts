import { app } from './app';
import { cli } from './cli';
import { domainScan } from './domain-scan';
import { problems } from './problems';

/** The Chinese dictionary: the reference every other language must match key for key. */
export const zhCN = { ...app, ...problems, ...cli, ...domainScan };
