package socialbench.report;

/** One of the client's pages in the month (bench.page_month, handle and name from dw.dim_page). */
public record PageInfo(String pageId, String platform, String handle, String name, String industry, String segment,
    String sizeBand, Long followersStart, Long followersEnd, Long posts, boolean isFinal) {}
