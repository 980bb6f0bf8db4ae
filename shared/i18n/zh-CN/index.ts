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
import { diagnostics } from './diagnostics';
import { notify } from './notify';
import { fleet } from './fleet';
import { batch } from './batch';

/** The Chinese dictionary: the reference every other language must match key for key. */
export const zhCN = { ...app, ...cli, ...npm, ...domainScan, ...problems, ...wizard, ...projectEdges, ...versionStep, ...preview, ...history, ...precheck, ...handoff, ...rejection, ...submit, ...readiness, ...review, ...diagnostics, ...notify, ...fleet, ...batch };
