// Over the public corpus sample (read at test time, never copied), the guide's
// word first: wherever a guide states an ask or a floor for a part of a band
// and the figure is usable, the answer is that figure, exactly; where it is
// not used, the reason says why (docs/ask-model.md, "Which rule answers").
#include "test_support.hpp"

#include "offercheck/guide_asks.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>

using namespace offercheck;

namespace {

struct Count {
  int stated = 0, answered = 0, not_used = 0;
  int by_parts = 0;  // total comp: the guide states the parts, which answer
  int not_met = 0;   // a floor's total comp the ask's parts cannot reach
};

}  // namespace

TEST_CASE("over the corpus sample, every usable stated figure is the answer") {
  const std::string dir = test_support::corpus_dir();
  if (!test_support::corpus_present(dir)) return;
  std::map<std::string, Count> counts;
  std::vector<std::string> wrong;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    auto report = load_guide(test_support::read_file(entry.path().string()));
    if (!report.ok()) continue;
    const Guide& guide = *report.guide;
    for (const StatedBand& stated : guide.stated.bands) {
      const Band* band = guide.find_band(stated.region);
      if (!band) continue;
      // An offer below every figure: base 0, no equity entered, the band's bonus percent.
      Offer below;
      below.bonus_pct = band->bonus_pct;
      Asks asks = compute_asks(below, *band, AskParameters{});
      answer_with_stated(asks, below, *band, stated, AskParameters{});
      for (const bool is_floor : {false, true}) {
        const StatedParts& figures = is_floor ? stated.floor : stated.ask;
        const Proposal& p = is_floor ? asks.floor : asks.ask;
        const std::string which = is_floor ? " floor" : " ask";
        auto check = [&](const char* part, const std::optional<double>& s, const std::optional<double>& value,
                         Source source, const Phrase& reason) {
          if (!s) return;
          Count& c = counts[part + which];
          ++c.stated;
          const std::string text = reason.text();
          if (source == Source::guide && value == s) {
            ++c.answered;
          } else if (text.find(", is not used: ") != std::string::npos) {
            ++c.not_used;
          } else if (!(is_floor == false && text.rfind("at the floor, ", 0) == 0)) {
            wrong.push_back(entry.path().filename().string() + " " + stated.region + " " + part + which + ": " + text);
          }
        };
        check("base", figures.base, p.base, p.base_source, p.base_reason);
        check("stock", figures.stock, p.stock, p.stock_source, p.stock_reason);
        check("sign-on", figures.sign_on, p.sign_on, p.sign_on_source, p.sign_on_reason);
        if (figures.total_comp && p.total_comp_source != Source::guide) {
          Count& c = counts["total comp" + which];
          ++c.stated;
          const std::string text = p.base_reason.text() + p.stock_reason.text();
          if (text.find("total comp a year, is not used: ") != std::string::npos) {
            ++c.not_used;
          } else if (is_floor && text.find("only above the ask") != std::string::npos) {
            ++c.not_met;  // at the ask, said so
          } else if (text.find("is not used: the parts it states already come to more") != std::string::npos ||
                     (p.base_source != Source::band && p.stock_source != Source::band)) {
            ++c.by_parts;
          } else {
            wrong.push_back(entry.path().filename().string() + " " + stated.region + " total comp" + which + ": " + text);
          }
        }
        if (figures.total_comp && p.total_comp_source == Source::guide) {
          Count& c = counts["total comp" + which];
          ++c.stated;
          ++c.answered;
          // The guide's total, or more where a floor part above the ask raised it.
          if (p.annual_total < *figures.total_comp - 0.5) {
            wrong.push_back(entry.path().filename().string() + " " + stated.region + " total comp" + which);
          }
        }
      }
    }
  }
  for (const auto& [part, c] : counts) {
    MESSAGE(part << ": " << c.stated << " stated, " << c.answered << " answered by the guide, " << c.not_used
                 << " not used, " << c.by_parts << " answered by the guide's parts, " << c.not_met
                 << " above the ask (the floor at the ask)");
  }
  CHECK(counts["base ask"].answered > 700);  // the corpus states about 850
  CHECK(counts["stock floor"].answered > 300);
  CHECK(counts["total comp floor"].answered > 130);
  CHECK_MESSAGE(wrong.empty(), wrong.size() << " answers differ from the guide's figure, first: "
                                            << (wrong.empty() ? "" : wrong.front()));
}
