import type { MessageKey } from '../index';
import { app } from './app';
import { cli } from './cli';
import { npm } from './npm';
import { domainScan } from './domain-scan';
import { problems } from './problems';
import { wizard } from './wizard';
import { projectEdges } from './project-edges';
import { versionStep } from './version-step';
import { preview } from './preview';
import { history } from './history';
import { precheck } from './precheck';
import { handoff } from './handoff';
import { rejection } from './rejection';
import { submit } from './submit';
import { readiness } from './readiness';
import { review } from './review';

export const en: Record<MessageKey, string> = { ...app, ...cli, ...npm, ...domainScan, ...problems, ...wizard, ...projectEdges, ...versionStep, ...preview, ...history, ...precheck, ...handoff, ...rejection, ...submit, ...readiness, ...review };
