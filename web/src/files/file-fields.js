// How the files API's metadata reads on the page. The server sniffs the type from the bytes and
// refuses anything else; ACCEPT only steers the browser's file picker.
const TYPES = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/heic': 'HEIC image',
  'application/pdf': 'PDF document',
};

export const ACCEPT = [...Object.keys(TYPES), '.jpg', '.jpeg', '.png', '.webp', '.heic', '.heif', '.pdf'].join(',');

export function fileTypeLabel(contentType) {
  return TYPES[contentType] ?? contentType;
}

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 512 bytes, 12.3 KB, 4.5 MB (1 KB = 1,024 bytes, as the size limit is configured in bytes). */
export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}

/** Whether this person may delete this file: managers and admins any, anyone else what they uploaded (the API's rule). */
export function mayDeleteFile(file, user, mayDeleteAny) {
  return mayDeleteAny || file.uploadedBy === user.id;
}
