import 'server-only';
import { z } from 'zod';
import { defineMutation } from './define-mutation.ts';
import { readSiteSettings } from './site-settings.ts';

export const siteSettingsSchema = z.strictObject({
  /** false: a verdict is published as it is proposed, without a second person. */
  verdictReviewRequired: z.boolean({ error: 'required' }),
});

/**
 * PUT /api/staff/settings — an admin changes the site's settings: upserts the one `site_setting`
 * row (absent until the first change), with before and after in the audit log.
 */
export const changeSiteSettings = defineMutation({
  action: 'settings.change',
  role: 'admin',
  input: siteSettingsSchema,
  async run({ input, actor, tx }) {
    const before = await readSiteSettings(tx);
    const row = { verdictReviewRequired: input.verdictReviewRequired, updatedBy: actor.id };
    await tx.siteSetting.upsert({
      where: { id: true },
      create: { id: true, ...row },
      update: { ...row, updatedAt: new Date() },
    });
    return {
      body: { settings: { verdictReviewRequired: input.verdictReviewRequired } },
      target: { type: 'settings', slug: 'site' },
      details: { before, after: { verdictReviewRequired: input.verdictReviewRequired } },
    };
  },
});
