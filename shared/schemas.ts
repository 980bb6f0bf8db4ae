import { z } from 'zod';

// Runtime checks for every input that crosses from the renderer into the main process.
// The renderer is not trusted: each handler parses its input with one of these first.

const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte');

export const NoInput = z.undefined();

export const OpenProjectInput = z.object({ path: absolutePath }).strict();
export type OpenProjectInput = z.infer<typeof OpenProjectInput>;

export const ForgetProjectInput = z.object({ projectRoot: absolutePath }).strict();
export type ForgetProjectInput = z.infer<typeof ForgetProjectInput>;

export const SettingsPatch = z
  .object({ lang: z.enum(['zh-CN', 'en']) })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const OpenExternalInput = z.object({ url: z.string().url().max(2048) }).strict();
export type OpenExternalInput = z.infer<typeof OpenExternalInput>;
