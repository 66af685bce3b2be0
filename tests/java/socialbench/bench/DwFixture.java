package socialbench.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import socialbench.runtime.TableSpec;
import socialbench.runtime.TableWriter;
import socialbench.testing.TestWarehouse;

/**
 * Tiny dw tables for the bench tests, with the exact schemas of docs/warehouse.md, written as Delta
 * through the runtime's TableWriter. The tests never run the landing or model stages.
 */
final class DwFixture {
  static final LocalDate FOREVER = LocalDate.parse("2000-01-01");
  static final String[] METRICS = {"impressions", "reach", "likes", "comments", "shares", "saves", "clicks", "video_views", "engagements"};

  private final List<Row> orgs = new ArrayList<>();
  private final List<Row> pages = new ArrayList<>();
  private final List<Row> dimPosts = new ArrayList<>();
  private final List<Row> posts = new ArrayList<>();
  private final List<Row> pageDays = new ArrayList<>();
  private final List<Row> conversions = new ArrayList<>();

  DwFixture org(String orgId, String industry, String segment) {
    return orgVersion(orgId, industry, segment, FOREVER, null);
  }

  DwFixture orgVersion(String orgId, String industry, String segment, LocalDate from, LocalDate to) {
    return orgVersion(orgId, industry, segment, "agency1", from, to);
  }

  /** An organization that is a client of {@code agencyId} (NULL: no agency). */
  DwFixture orgOfAgency(String orgId, String industry, String segment, String agencyId) {
    return orgVersion(orgId, industry, segment, agencyId, FOREVER, null);
  }

  private DwFixture orgVersion(String orgId, String industry, String segment, String agencyId, LocalDate from, LocalDate to) {
    orgs.add(RowFactory.create(orgId, orgId + " name", industry, segment, "DE", agencyId, Date.valueOf(from),
        to == null ? null : Date.valueOf(to), to == null));
    return this;
  }

  DwFixture page(String pageId, String platform, String orgId) {
    return page(pageId, platform, orgId, "UTC");
  }

  DwFixture page(String pageId, String platform, String orgId, String timezone) {
    pages.add(RowFactory.create(pageId, platform, orgId, "@" + pageId, pageId + " page", timezone, Date.valueOf(FOREVER), null, true));
    return this;
  }

  /** One day of a page's follower series. */
  DwFixture followers(String pageId, String platform, String orgId, String date, Long followers, Long lost) {
    pageDays.add(RowFactory.create(pageId, platform, orgId, Date.valueOf(date), followers, null, lost, null, null, null, null, 0L));
    return this;
  }

  DwFixture conversion(String orgId, String platform, String date, long sessions, long leads, long mqls, long customers,
      double revenue, double spend) {
    conversions.add(RowFactory.create(orgId, platform, Date.valueOf(date), null, sessions, null, leads, mqls, null, null,
        customers, revenue, spend));
    return this;
  }

  /** A day of conversions with CRM figures and spend but no revenue (no customer won: revenue NULL, as the model writes it). */
  DwFixture conversionWithoutRevenue(String orgId, String platform, String date, long sessions, long leads, long customers, double spend) {
    conversions.add(RowFactory.create(orgId, platform, Date.valueOf(date), null, sessions, null, leads, 0L, null, null,
        customers, null, spend));
    return this;
  }

  /** Web sessions and leads on a platform without revenue or ad spend (no ads export). */
  DwFixture conversionWithoutSpend(String orgId, String platform, String date, long sessions, long leads, long mqls,
      long customers) {
    conversions.add(RowFactory.create(orgId, platform, Date.valueOf(date), null, sessions, null, leads, mqls, null, null,
        customers, null, null));
    return this;
  }

  Post post(String postId, String platform, String pageId, String orgId, String publishedAt) {
    return new Post(postId, platform, pageId, orgId, Instant.parse(publishedAt));
  }

  /** A post of dw.fct_post and dw.dim_post; {@link #add()} puts it into the fixture. */
  final class Post {
    final String postId, platform, pageId, orgId;
    final Instant publishedAt;
    String postType = "photo";
    String objective = "engagement";
    Long followersAtPublish;
    Long impressions, reach, clicks, videoViews, engagements;
    boolean d7Final = true;
    LocalDate d7SnapshotDate;
    int localDayOfWeek;
    Integer localHour;
    List<String> topics = List.of();

    Post(String postId, String platform, String pageId, String orgId, Instant publishedAt) {
      this.postId = postId;
      this.platform = platform;
      this.pageId = pageId;
      this.orgId = orgId;
      this.publishedAt = publishedAt;
      java.time.ZonedDateTime z = publishedAt.atZone(ZoneOffset.UTC);
      this.localDayOfWeek = z.getDayOfWeek().getValue();
      this.localHour = z.getHour();
    }

    Post type(String t) { postType = t; return this; }
    Post objective(String o) { objective = o; return this; }
    Post followersAtPublish(Long f) { followersAtPublish = f; return this; }
    Post engagements(Long e) { engagements = e; return this; }
    Post reach(Long r) { reach = r; return this; }
    Post impressions(Long i) { impressions = i; return this; }
    Post clicks(Long c) { clicks = c; return this; }
    Post videoViews(Long v) { videoViews = v; return this; }
    Post notFinal() { d7Final = false; return this; }
    Post d7SnapshotDate(String d) { d7SnapshotDate = LocalDate.parse(d); return this; }
    Post localTime(int dayOfWeek, int hour) { localDayOfWeek = dayOfWeek; localHour = hour; return this; }
    /** A post whose export gives only a date (LinkedIn, YouTube): no local hour. */
    Post withoutTime() { localHour = null; return this; }
    Post topics(String... t) { topics = Arrays.asList(t); return this; }

    DwFixture add() {
      LocalDate published = publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
      LocalDate d7 = d7SnapshotDate != null ? d7SnapshotDate : published.plusDays(d7Final ? 7 : 3);
      Long[] values = {impressions, reach, null, null, null, null, clicks, videoViews, engagements};
      List<Object> f = new ArrayList<>(List.of(postId, platform, pageId, orgId, Timestamp.from(publishedAt), Date.valueOf(published), postType, objective));
      f.add(followersAtPublish);
      for (Long v : values) {
        f.add(v); f.add(v); f.add(v); f.add(v); // d1, d7, d28, latest: the bench reads only d7
      }
      f.add(Date.valueOf(d7));
      f.add(d7Final);
      f.add(Date.valueOf(d7));
      posts.add(RowFactory.create(f.toArray()));
      dimPosts.add(RowFactory.create(postId, platform, pageId, orgId, Timestamp.from(publishedAt), Date.valueOf(published),
          Date.valueOf(published), localDayOfWeek, localHour, postType, objective,
          scala.jdk.javaapi.CollectionConverters.asScala(topics).toSeq(), "https://example.org/" + postId, "message " + postId));
      return DwFixture.this;
    }
  }

  static final StructType DIM_PLATFORM = schema("platform string, display_name string, category string");
  static final StructType DIM_ORGANIZATION = schema("org_id string, name string, industry string, segment string, country string, agency_id string, valid_from date, valid_to date, is_current boolean");
  static final StructType DIM_PAGE = schema("page_id string, platform string, org_id string, handle string, name string, timezone string, valid_from date, valid_to date, is_current boolean");
  static final StructType DIM_POST = schema("post_id string, platform string, page_id string, org_id string, published_at timestamp, published_date date, local_date date, local_day_of_week int, local_hour int, post_type string, objective string, topics array<string>, permalink string, message string");
  static final StructType FCT_PAGE_DAILY = schema("page_id string, platform string, org_id string, date date, followers bigint, followers_gained bigint, followers_lost bigint, followers_net bigint, impressions bigint, reach bigint, page_views bigint, posts_published bigint");
  static final StructType FCT_CONVERSION_DAILY = schema("org_id string, platform string, date date, link_clicks bigint, sessions bigint, form_submissions bigint, leads bigint, mqls bigint, sals bigint, opportunities bigint, customers bigint, revenue double, spend double");
  static final StructType FCT_POST = fctPostSchema();

  private static StructType fctPostSchema() {
    StringBuilder ddl = new StringBuilder("post_id string, platform string, page_id string, org_id string, published_at timestamp, published_date date, post_type string, objective string, followers_at_publish bigint");
    for (String m : METRICS) {
      for (String at : new String[] {"d1", "d7", "d28", "latest"}) ddl.append(", ").append(m).append('_').append(at).append(" bigint");
    }
    ddl.append(", d7_snapshot_date date, d7_is_final boolean, latest_snapshot_date date");
    return schema(ddl.toString());
  }

  private static StructType schema(String ddl) {
    return StructType.fromDDL(ddl);
  }

  /**
   * Replaces the six dw tables of this warehouse with the fixture's rows, and writes dw.dim_platform from the
   * configured platforms (socialbench.model.platforms), as the model stage does.
   */
  void writeTo(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    List<Row> platforms = new ArrayList<>();
    for (var p : wh.settings().config().getConfigList("socialbench.model.platforms")) {
      platforms.add(RowFactory.create(p.getString("platform"), p.getString("display-name"), p.getString("category")));
    }
    write(spark, w, "dw.dim_platform", DIM_PLATFORM, platforms);
    write(spark, w, "dw.dim_organization", DIM_ORGANIZATION, orgs);
    write(spark, w, "dw.dim_page", DIM_PAGE, pages);
    write(spark, w, "dw.dim_post", DIM_POST, dimPosts);
    write(spark, w, "dw.fct_post", FCT_POST, posts);
    write(spark, w, "dw.fct_page_daily", FCT_PAGE_DAILY, pageDays);
    write(spark, w, "dw.fct_conversion_daily", FCT_CONVERSION_DAILY, conversions);
  }

  private static void write(SparkSession spark, TableWriter w, String table, StructType schema, List<Row> rows) {
    w.overwrite(new TableSpec(table, List.of(), "test fixture", Map.of()), spark.createDataFrame(rows, schema));
  }
}
