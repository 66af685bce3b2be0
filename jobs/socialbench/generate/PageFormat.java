package socialbench.generate;

/** The export layout a page's files use; fixed per page for the whole history. */
enum PageFormat {
  /** The platform's own export (for Facebook: the legacy Page Insights post-level export). */
  NATIVE,
  /** Facebook pages exported through Meta Business Suite instead of the legacy Insights export. */
  FACEBOOK_MBS,
  /** LinkedIn pages whose admins download the old Excel 97 format. */
  LINKEDIN_XLS,
  /** socialbench's canonical posts.csv / page_daily.csv (a connector dump). */
  CANONICAL
}
