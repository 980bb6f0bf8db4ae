import type { Lang } from '../../../shared/model';
import type { NotifyMessage, RobotTestResult } from '../../../shared/notify';
import type { Logger } from '../logging/logger';
import type { BatchSummary } from '../../../shared/batch';
import { batchNote } from './batch-note';
import type { DesktopNote, DesktopNotifier } from './desktop-notifier';
import { messageLines, robotBodies } from './robot-messages';
import type { RobotStore } from './robot-store';
import { sendRobot, type SendOptions } from './send-robot';

export interface NotifyServiceDeps {
  robots: RobotStore;
  desktop: DesktopNotifier;
  lang(): Lang;
  proxy(): string | null;
  logger: Logger;
  /** Tests and the harness only: where robot messages go instead of the platforms (send-robot.ts). */
  robotBaseUrl?: string;
  /** For tests: another clock (the signatures carry the time). */
  now?: () => Date;
}

/**
 * When a job ends: the desktop notification (if switched on) and every robot for that appid plus the
 * app-wide ones, in parallel. A robot's failure never fails the job: it is logged by robot id and
 * platform, never with its URL. Resolves when every robot has answered, for the tests; the release
 * wrapper does not wait for it.
 */
export function createNotifyService(deps: NotifyServiceDeps) {
  const options = (): SendOptions => ({ proxy: deps.proxy(), baseUrl: deps.robotBaseUrl, now: deps.now });

  /** The desktop note, when the operator has them on; the OS refusing one is logged, never thrown. */
  function showDesktop(note: DesktopNote): void {
    if (!deps.robots.config().desktop) return;
    try {
      deps.desktop.show(note);
    } catch (error) {
      deps.logger.warn(`desktop notification failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** `desktop: false` for a batch row: the batch's own note (batch-note.ts) speaks for all its rows. */
  async function notify(message: NotifyMessage, { desktop = true }: { desktop?: boolean } = {}): Promise<void> {
    const lang = deps.lang();
    if (desktop) {
      const { title, lines } = messageLines(message, lang);
      showDesktop({ title, body: lines.join('\n'), ok: message.result.ok });
    }
    await Promise.all(
      deps.robots.forAppid(message.appid).map(async (view) => {
        const opened = deps.robots.open(view.id);
        const result = opened.ok ? await sendRobot(opened.robot, robotBodies(opened.robot.kind, message, lang), options()) : opened;
        if (result.ok) deps.logger.info(`notify robot ${view.id} (${view.kind}) ok`);
        else deps.logger.warn(`notify robot ${view.id} (${view.kind}) failed: ${result.problem.code} ${result.problem.detail ?? ''}`.trim());
      }),
    );
  }

  /** 「发送测试消息」: one message to one robot, its answer for the settings panel. */
  async function test(id: string, operator: string): Promise<RobotTestResult> {
    const opened = deps.robots.open(id);
    if (!opened.ok) return opened;
    const message: NotifyMessage = { kind: 'test', projectName: '', appid: null, version: null, notes: null, operator, result: { ok: true } };
    const result = await sendRobot(opened.robot, robotBodies(opened.robot.kind, message, deps.lang()), options());
    if (!result.ok) deps.logger.warn(`notify robot ${id} (${opened.robot.kind}) test failed: ${result.problem.code}`);
    return result;
  }

  /** A batch ended: one desktop note for all its rows (robots heard of each row already). */
  function notifyBatch(summary: BatchSummary): void {
    showDesktop(batchNote(summary, deps.lang()));
  }

  return { notify, notifyBatch, test };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
