package socialbench.generate;

import java.util.SplittableRandom;

/**
 * Industries and segments of the synthetic population, with the name suffixes, follower size, lead
 * rate and typical deal of each segment. Healthcare dominates (issue 4); a few other industries keep
 * the benchmarks' industry level honest.
 */
final class Industries {
  private Industries() {}

  record Segment(String industry, String segment, double weight, String[] suffixes, double sizeFactor, double leadRate, double dealMedian) {}

  static final Segment[] SEGMENTS = {
    new Segment("healthcare", "health_system", 14, new String[] {"Health", "Health System", "Healthcare"}, 2.0, 0.020, 1_400),
    new Segment("healthcare", "hospital", 14, new String[] {"Hospital", "Medical Center", "Community Hospital"}, 1.0, 0.022, 1_100),
    new Segment("healthcare", "specialty_clinic", 12, new String[] {"Orthopedics", "Eye Institute", "Cancer Center", "Heart Clinic", "Dermatology", "Fertility Center"}, 0.3, 0.030, 2_200),
    new Segment("healthcare", "academic_medical_center", 6, new String[] {"University Medical Center", "Academic Health"}, 2.5, 0.015, 1_800),
    new Segment("healthcare", "pharma", 7, new String[] {"Pharmaceuticals", "Therapeutics", "Biosciences"}, 3.0, 0.008, 15_000),
    new Segment("healthcare", "payer", 6, new String[] {"Health Plan", "Insurance", "Care Plans"}, 1.5, 0.015, 3_000),
    new Segment("healthcare", "medtech", 6, new String[] {"Medical Devices", "Diagnostics", "Surgical"}, 0.6, 0.010, 25_000),
    new Segment("healthcare", "public_health", 5, new String[] {"Public Health", "Health Department"}, 0.8, 0.030, 40),
    new Segment("higher_education", "university", 8, new String[] {"University", "State University"}, 2.0, 0.025, 8_000),
    new Segment("higher_education", "community_college", 4, new String[] {"Community College", "Technical College"}, 0.5, 0.030, 3_500),
    new Segment("financial_services", "bank", 5, new String[] {"Bank", "Savings Bank"}, 1.2, 0.015, 2_500),
    new Segment("financial_services", "credit_union", 4, new String[] {"Credit Union", "Federal Credit Union"}, 0.4, 0.020, 1_500),
    new Segment("retail", "grocery", 4, new String[] {"Market", "Grocers"}, 1.5, 0.030, 120),
    new Segment("nonprofit", "charity", 5, new String[] {"Foundation", "Community Fund"}, 0.5, 0.020, 300),
  };

  static Segment pick(SplittableRandom r) {
    double[] w = new double[SEGMENTS.length];
    for (int i = 0; i < w.length; i++) w[i] = SEGMENTS[i].weight();
    return SEGMENTS[Rand.pickWeighted(r, w)];
  }

  /** The segment an organization moves to when it is acquired: hospitals and clinics join health systems; others never change. */
  static String laterSegment(Segment from) {
    return from.segment().equals("hospital") || from.segment().equals("specialty_clinic") ? "health_system" : from.segment();
  }

  static Segment segment(String name) {
    for (Segment s : SEGMENTS) if (s.segment().equals(name)) return s;
    throw new IllegalArgumentException("unknown segment " + name);
  }
}
