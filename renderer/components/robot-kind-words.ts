import type { MessageKey } from '../../shared/i18n';
import type { RobotKind } from '../../shared/notify';

/** Each platform's name, as the settings show it. */
export const ROBOT_KIND_WORDS: Record<RobotKind, MessageKey> = {
  wecom: 'notify.kind.wecom',
  dingtalk: 'notify.kind.dingtalk',
  feishu: 'notify.kind.feishu',
};
