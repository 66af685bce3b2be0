package socialbench.report;

import java.time.LocalDate;

/** One of a page's best posts of the month by day-7 engagement rate. */
public record TopPost(String postId, LocalDate publishedDate, String postType, String objective, Long engagementsD7,
    Long followersAtPublish, Double engagementRate, Double objectivePercentileRank) {}
