import type { Catalogue } from './catalogue';

// Failures of the app itself rather than of the project or WeChat.
export const APP_ERRORS = {
  'app.call-failed': {
    message: { zh: '应用内部出了问题，这一步没有完成。', en: 'Something went wrong inside the app; this step did not finish.' },
    next: { zh: '请再试一次；如果仍然不行，请重启应用。', en: 'Try again; if it keeps failing, restart the app.' },
  },
  'app.drop-no-folder': {
    message: { zh: '没有认出拖入的内容是哪个文件夹。', en: 'Could not tell which folder was dropped.' },
    next: { zh: '请从文件管理器里拖入项目文件夹，或点「选择文件夹」。', en: 'Drag the project folder from your file manager, or click "Choose folder".' },
  },
  'app.drop-no-file': {
    message: { zh: '没有认出拖入的是哪个文件。', en: 'Could not tell which file was dropped.' },
    next: { zh: '请从文件管理器里拖入密钥文件，或点「选择密钥文件」。', en: 'Drag the key file from your file manager, or click "Choose key file".' },
  },
  'app.settings-recovered': {
    message: { zh: '设置文件损坏，已另存一份并重新开始。', en: 'The settings file was damaged; it was set aside and settings started afresh.' },
    next: { zh: '如需找回旧设置，请把技术细节里的文件发给开发同事。', en: 'To recover old settings, send the file named in the details to a developer.' },
  },
} satisfies Catalogue;
