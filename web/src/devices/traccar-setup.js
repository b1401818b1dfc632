// What Traccar Client reads from a scanned QR code: an http(s) link whose address (without the
// query) becomes its server URL and whose `id` parameter its device identifier.

/** The link to encode for a device: the server URL from the API with id=<device id>. */
export function traccarSetupLink({ serverUrl, deviceId }) {
  const link = new URL(serverUrl);
  link.searchParams.set('id', deviceId);
  return link.toString();
}
