import type { projectEdges as zh } from '../zh-CN/project-edges';

export const projectEdges: Record<keyof typeof zh, string> = {
  'project.chooseRoot': 'Choose the project to release',
  'project.chooseRootHelp': 'This folder holds more than one Mini Program project. Click one to open it:',
  'project.chooseRootNoName': '(unnamed project)',
  'project.chooseRootNoAppid': 'no AppID',
  'project.chooseRootFolder': 'folder {folder}',
  'err.project.link-outside': '{file} is a link to {target}, outside the project: the upload would carry what is there too.',
  'err.project.link-outside.next': 'Ask a developer to copy the files the project needs into it, then remove the link.',
  'err.project.special-file':
    '{file} is not a regular file (it is {type, select, fifo {a named pipe} socket {a socket} device {a device} other {a special file}}), so it cannot be read.',
  'err.project.special-file.next': 'Ask a developer to replace it with a regular file.',
  'err.project.special-file-skipped':
    '{file} is not a regular file (it is {type, select, fifo {a named pipe} socket {a socket} device {a device} other {a special file}}); it was skipped, so it is neither uploaded nor counted.',
  'err.project.special-file-skipped.next': 'This does not block the upload; if the project needs it, ask a developer to replace it with a regular file.',
  'err.project.file-too-big': '{file} is {size}, over the {limit} a configuration file may have; it was not read.',
  'err.project.file-too-big.next': 'A configuration file is usually a few KB; ask a developer to check whether this one is misplaced or was written by mistake.',
  'err.project.drop-too-broad':
    '{where, select, root {You dropped the whole disk ({path})} other {You dropped your home folder ({path})}}, not a Mini Program project folder.',
  'err.project.drop-too-broad.next': 'Drop the project folder itself, the one opened in WeChat DevTools (it holds project.config.json).',
  'err.project.drop-too-broad.cli':
    '{where, select, root {This is the whole disk ({path})} other {This is your home folder ({path})}}, not a Mini Program project folder.',
  'err.project.drop-too-broad.next-cli': 'Give the project folder itself, the one opened in WeChat DevTools (it holds project.config.json).',
  'err.project.choose-root': 'This folder holds {count, plural, one {# Mini Program project} other {# Mini Program projects}}; choose the one to release.',
  'err.project.choose-root.next': 'Click one of the projects listed below to open it, or drop the folder of that project.',
  'err.project.choose-root.cli': 'This folder holds {count, plural, one {# Mini Program project} other {# Mini Program projects}}:{folders}',
  'err.project.choose-root.next-cli': 'Give one of the project folders above instead and run the command again.',
};
