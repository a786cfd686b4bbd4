// Extension page: saving a generated file through the browser's download of a Blob link, and
// reading a file the reader picked.
export function downloadFile(name: string, mime: string, data: Uint8Array | string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function todayStamp(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
