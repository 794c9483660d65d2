/**
 * Openings of the acknowledgement for ways in that the channel alone does not tell
 * (emails.acknowledgement.intro words each channel): a request the operator's own
 * signed-in service vouched for came through the API, but its requester confirmed
 * no address, so they are not thanked for it.
 */
export const acknowledgementChannels = {
  vouched: (portal: string) => `${portal} has received the request you made through its service and recorded it under the reference below.`,
};
