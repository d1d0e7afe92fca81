export const PLATFORMS = [
  { id: 'tiktok', name: 'TikTok' },
  { id: 'snapchat', name: 'Snapchat' },
  { id: 'instagram', name: 'Instagram' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'x', name: 'X (Twitter)' },
  { id: 'whatsapp', name: 'WhatsApp' },
  { id: 'youtube', name: 'YouTube' },
  { id: 'other', name: 'Other platforms' },
] as const;

export type PlatformId = (typeof PLATFORMS)[number]['id'];
