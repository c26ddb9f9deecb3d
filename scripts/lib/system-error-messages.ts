// A file or folder the system refused (ENOENT, EACCES, EISDIR…), said in both of the reader's
// languages: Node writes these in English only. The path is the user's to fix, so it is named.
import { messages, verbatim, type Text } from '../../src/core/messages.ts';

export const say = messages({
  'system.write-no-folder': { zh: '无法写入 {path}：所在目录不存在（ENOENT）', en: 'cannot write {path}: its folder does not exist (ENOENT)' },
  'system.write': { zh: '无法写入 {path}（{code}）', en: 'cannot write {path} ({code})' },
  'system.ENOENT': { zh: '{path} 不存在（ENOENT）', en: 'No such file or folder: {path} (ENOENT)' },
  'system.EACCES': { zh: '没有权限访问 {path}（{code}）', en: 'Permission denied: {path} ({code})' },
  'system.EISDIR': { zh: '{path} 是目录，应为文件（EISDIR）', en: 'Unexpected folder {path}, expected a file (EISDIR)' },
  'system.ENOTDIR': { zh: '{path} 的上级路径中有一项是文件而不是目录（ENOTDIR）', en: 'Part of {path} is a file, not a folder (ENOTDIR)' },
  'system.ENOSPC': { zh: '磁盘空间不足，无法写入 {path}（ENOSPC）', en: 'No space left on the device for {path} (ENOSPC)' },
  'system.EROFS': { zh: '{path} 所在的文件系统只读（EROFS）', en: 'Read-only file system at {path} (EROFS)' },
  'system.other': { zh: '系统拒绝了 {path}：{message}', en: 'The system refused {path}: {message}' },
});

/** What a system error says, by its code; `write` marks a file Planbook was writing (src/edit/atomic-write.ts). */
export function systemErrorText(error: NodeJS.ErrnoException & { write?: boolean }): Text {
  const path = error.path;
  // Without a path (a read on an open file) there is nothing to name beyond the system's own words.
  if (path === undefined) return verbatim(error.message);
  if (error.write) return error.code === 'ENOENT' ? say('system.write-no-folder', { path }) : say('system.write', { path, code: error.code ?? '' });
  switch (error.code) {
    case 'ENOENT':
    case 'EISDIR':
    case 'ENOTDIR':
    case 'ENOSPC':
    case 'EROFS':
      return say(`system.${error.code}`, { path });
    case 'EACCES':
    case 'EPERM':
      return say('system.EACCES', { path, code: error.code });
    default:
      return say('system.other', { path, message: error.message });
  }
}
