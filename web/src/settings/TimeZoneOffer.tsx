// The offer to use the device's time zone (TimeZoneOfferNotice.tsx), loaded beside the first rows
// (ui/later.tsx): it shows once the settings are known anyway.
import { later } from '../ui/later';

export const TimeZoneOffer = later<{ userId: string }>(() =>
  import('./TimeZoneOfferNotice').then((m) => m.TimeZoneOfferNotice),
);
