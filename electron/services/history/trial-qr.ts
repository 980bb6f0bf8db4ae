import QRCode from 'qrcode';
import { trialLink, type TrialQr } from '../../../shared/trial-link';

/**
 * The 体验版 QR code, made here from the link (shared/trial-link.ts says what is known of it): WeChat
 * offers ordinary accounts no API for it. Error correction M and a 4-module quiet zone, as QR readers
 * expect; 8 px per module keeps it sharp when printed or pasted into a chat.
 */
export async function makeTrialQr(appid: string, pagePath?: string, searchQuery?: string): Promise<TrialQr> {
  const link = trialLink(appid, pagePath, searchQuery);
  const image = await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  return { link, image };
}
