import { readProject } from '../../project/read-project';
import type { StoreBackend } from '../../settings/store-backend';
import { ReadinessAnswersRepository, type ReadinessFile } from '../readiness-answers';
import { createReadinessService } from '../readiness-service';

/** The readiness service on the real project reader, its answers kept in memory. */
export function readinessService() {
  const data: Partial<ReadinessFile> = {};
  const store: StoreBackend<ReadinessFile> = { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
  return createReadinessService({ readProject, answers: new ReadinessAnswersRepository(store) });
}
