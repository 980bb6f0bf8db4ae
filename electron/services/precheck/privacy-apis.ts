import type { PrivacyCategory } from '../../../shared/precheck';

// Which WeChat APIs and components handle which kind of user information, after the table of
// 「小程序用户隐私保护指引内容介绍」 (developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/
// miniprogram-intro.html, read in its 2023–2024 form: the platform shows the matching items as
// required in the guide for a version whose code calls them). Where the table names a method of
// an object (RecorderManager.start, MapContext.moveToLocation) the wx call that makes the object
// stands for it. A call the table adds later is simply not found: the warning names what was found.

/** wx.* (and uni.* / Taro.*, which forward to wx in a WeChat build) methods, by category. */
const API_CATEGORIES: Record<PrivacyCategory, readonly string[]> = {
  userInfo: ['getUserProfile', 'getUserInfo'],
  location: ['getLocation', 'getFuzzyLocation', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange'],
  chosenLocation: ['chooseLocation', 'choosePoi'],
  address: ['chooseAddress'],
  invoice: ['chooseInvoice', 'chooseInvoiceTitle'],
  werun: ['getWeRunData', 'shareToWeRun'],
  phoneNumber: [],
  licensePlate: ['chooseLicensePlate'],
  album: ['chooseImage', 'chooseMedia', 'chooseVideo'],
  file: ['chooseMessageFile'],
  microphone: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
  camera: ['createCameraContext', 'createVKSession'],
  bluetooth: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
  albumWrite: ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  contacts: ['addPhoneContact', 'chooseContact'],
  calendar: ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
  clipboard: ['getClipboardData', 'setClipboardData'],
};

export const PRIVACY_API_CATEGORY: ReadonlyMap<string, PrivacyCategory> = new Map(
  Object.entries(API_CATEGORIES).flatMap(([category, methods]) => methods.map((method) => [method, category as PrivacyCategory] as const)),
);

/** Scopes asked for with wx.authorize (or checked in authSetting): the table lists them with their APIs. */
export const PRIVACY_SCOPE_CATEGORY: ReadonlyMap<string, PrivacyCategory> = new Map([
  ['scope.userInfo', 'userInfo'],
  ['scope.userLocation', 'location'],
  ['scope.userLocationBackground', 'location'],
  ['scope.userFuzzyLocation', 'location'],
  ['scope.address', 'address'],
  ['scope.invoice', 'invoice'],
  ['scope.invoiceTitle', 'invoice'],
  ['scope.werun', 'werun'],
  ['scope.record', 'microphone'],
  ['scope.camera', 'camera'],
  ['scope.bluetooth', 'bluetooth'],
  ['scope.writePhotosAlbum', 'albumWrite'],
  ['scope.addPhoneContact', 'contacts'],
  ['scope.addPhoneCalendar', 'calendar'],
]);

/** WXML components that use a device by being on the page. */
export const PRIVACY_TAG_CATEGORIES: ReadonlyMap<string, readonly PrivacyCategory[]> = new Map([
  ['camera', ['camera']],
  ['live-pusher', ['camera', 'microphone']],
  ['voip-room', ['camera', 'microphone']],
]);

/** <button open-type="…"> values that hand the page user information. */
export const PRIVACY_OPEN_TYPE_CATEGORY: ReadonlyMap<string, PrivacyCategory> = new Map([
  ['getPhoneNumber', 'phoneNumber'],
  ['getRealtimePhoneNumber', 'phoneNumber'],
  ['chooseAvatar', 'userInfo'],
  ['getUserInfo', 'userInfo'],
]);

/** <input type="nickname">: the nickname keyboard hands over the WeChat nickname. */
export const NICKNAME_INPUT_TYPE = 'nickname';

/**
 * The location APIs app.json must name in requiredPrivateInfos (ext.json for a service provider's
 * project) since 2022-07-14: undeclared, the call fails on phones ("the api need to be declared in
 * the requiredPrivateInfos field in app.json/ext.json").
 */
export const REQUIRED_PRIVATE_INFOS: ReadonlySet<string> = new Set([
  'getFuzzyLocation',
  'getLocation',
  'onLocationChange',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseAddress',
  'choosePoi',
  'chooseLocation',
]);

/** Fuzzy and precise location exclude each other in requiredPrivateInfos: declaring both fails the compile. */
export const FUZZY_LOCATION = 'getFuzzyLocation';
export const PRECISE_LOCATION: readonly string[] = ['getLocation', 'onLocationChange', 'startLocationUpdate', 'startLocationUpdateBackground'];
