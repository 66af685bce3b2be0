package socialbench.generate;

import java.util.List;

/** The organizations and their pages, in a fixed order (organization index, then platform). */
record Population(List<Organization> organizations, List<List<Page>> pagesByOrg) {

  List<Page> pagesOf(Organization org) {
    return pagesByOrg.get(org.index());
  }

  int pageCount() {
    int n = 0;
    for (List<Page> p : pagesByOrg) n += p.size();
    return n;
  }
}
