package socialbench.report;

/** The report's inline stylesheet (system fonts only: the file loads nothing from anywhere). */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1000px;color:#222;padding:0 16px}
      h1{margin-bottom:4px}h2{border-bottom:2px solid #08457e;padding-bottom:4px;margin-top:36px}h3{margin:20px 0 8px}
      table{border-collapse:collapse;margin:8px 0;font-size:14px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:right;vertical-align:middle}
      th{background:#f0f4f8}td.text,th.text{text-align:left}
      .meta{color:#555}.suppressed{color:#8a5a00;font-style:italic;text-align:center}
      .trends{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0 0 8px}figcaption{font-size:13px;font-weight:600}
      .axis{font-size:10px;fill:#555}.note{font-size:12px;fill:#777}
      .band{fill:#9ecae1;fill-opacity:.55;stroke:none}.median{fill:none;stroke:#3182bd;stroke-width:1.5;stroke-dasharray:4 3}
      .client{fill:none;stroke:#d95f02;stroke-width:2}.client-point{fill:#d95f02}
      .gauge-track{fill:none;stroke:#e3e3e3;stroke-width:12}.gauge-value{fill:none;stroke-width:12}
      .gauge-value.q1{stroke:#d7301f}.gauge-value.q2{stroke:#fc8d59}.gauge-value.q3{stroke:#74c476}.gauge-value.q4{stroke:#238b45}
      .gauge-rank{font-size:16px;font-weight:700;fill:#222}.gauge-note{font-size:10px;fill:#8a5a00}
      .legend span{display:inline-block;margin-right:16px;font-size:13px}
      .swatch{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
      footer{margin-top:40px;font-size:12px;color:#666}
      """;
}
