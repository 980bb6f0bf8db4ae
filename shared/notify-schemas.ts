import { z } from 'zod';
import { ROBOT_KINDS } from './notify';

// The notify channels' inputs. The webhook URL's host is checked per platform by the service
// (with a problem the operator can read), not here: a zod refusal would only say "call failed".

const robotId = z.string().uuid();
const appid = z.string().regex(/^wx[0-9a-f]{16}$/i);

export const AddRobotInput = z
  .object({
    kind: z.enum(ROBOT_KINDS),
    url: z.string().trim().max(1024),
    secret: z.string().trim().max(256).optional(),
    appid: appid.nullable(),
  })
  .strict();
export type AddRobotInput = z.infer<typeof AddRobotInput>;

export const RobotIdInput = z.object({ id: robotId }).strict();
export type RobotIdInput = z.infer<typeof RobotIdInput>;

export const DesktopNotifyInput = z.object({ desktop: z.boolean() }).strict();
export type DesktopNotifyInput = z.infer<typeof DesktopNotifyInput>;
