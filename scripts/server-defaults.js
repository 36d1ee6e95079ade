// Defaults for adapter-node's environment, set before build/handler.js is imported (it reads them once).
// Uploads: photos of pins (≤ 5 MB) and official district boundaries as GeoJSON (≤ 10 MB) need more
// than adapter-node's default of 512 KB; everything larger is refused with a German message.
process.env.BODY_SIZE_LIMIT ??= '11M';
