/** The attenuation in dB/km of a QuISP `channel_loss_rate` (per km): the inverse of channelLossRatePerKm. */
export function attenuationDbPerKmOfLossRate(channelLossRate: number): number {
  return (-10 * Math.log1p(-channelLossRate)) / Math.LN10;
}
