// The guide's word first (core/src/pay/guide_asks.cpp): the figures a guide
// states for its band answer, the band rule stays beside them as the
// cross-check, and the person's own numbers still move the answer.
#include "test_support.hpp"

#include "offercheck/guide_asks.hpp"
#include "offercheck/money.hpp"
#include "offercheck/stated_targets.hpp"

#include <nlohmann/json.hpp>

using namespace offercheck;

namespace {

const std::pair<const char*, const char*> kSeeds[] = {{"hugging-face", "product-manager"},
                                                      {"hugging-face", "devops-engineer"},
                                                      {"huggingface-enterprise", "software-engineer"}};

EvaluateRequest request_for(const std::string& region, double base, std::optional<double> stock) {
  EvaluateRequest request;
  request.region = region;
  request.offer.base = base;
  request.offer.stock = stock;
  return request;
}

Band paris_band() {
  Band band;
  band.region = "Paris";
  band.currency = "EUR";
  band.base = {75000, 102000};
  band.stock = {95000, 180000};
  band.total_comp = {99000, 147000};
  return band;
}

// The guide's figures for Paris, none yet, as read from `line`.
StatedBand stated_at(int line) {
  StatedBand stated;
  stated.region = "Paris";
  stated.currency = "EUR";
  stated.line = line;
  return stated;
}

StatedBand stated_paris() {
  StatedBand stated = stated_at(78);
  stated.ask.base = 98000;
  stated.ask.stock = 165000;
  stated.floor.base = 82000;
  stated.floor.stock = 135000;
  return stated;
}

Asks answered(const Offer& offer, const Band& band, const StatedBand& stated) {
  Asks asks = compute_asks(offer, band, AskParameters{});
  answer_with_stated(asks, offer, band, stated, AskParameters{});
  return asks;
}

}  // namespace

TEST_CASE("the seeds' 18 stated asks and floors for base and stock are the answers, exactly") {
  int reproduced = 0;
  for (const auto& [company, role] : kSeeds) {
    const Guide guide = test_support::load_seed(company, role);
    for (const StatedBand& stated : stated_targets(guide).bands) {
      const Band& band = *guide.find_band(stated.region);
      // An offer at the bottom of the band, as a person with a first offer has.
      auto result = evaluate(guide, request_for(band.region, *band.base.low, band.stock.low));
      REQUIRE(result.ok());
      const Evaluation& e = result.value();
      REQUIRE(e.stated);
      for (const auto& [which, figures, proposal] :
           {std::tuple<const char*, const StatedParts*, const Proposal*>{"ask", &stated.ask, &e.asks.ask},
            {"floor", &stated.floor, &e.asks.floor}}) {
        // Structured bindings cannot be captured (INFO) before C++20: copies.
        const std::string where = std::string(role) + " " + stated.region + " " + which;
        INFO(where);
        if (figures->base) {
          CHECK(proposal->base == figures->base);
          CHECK(proposal->base_source == Source::guide);
          CHECK(proposal->base_reason.text().find("the guide's own " + std::string(which)) == 0);
          ++reproduced;
        }
        if (figures->stock) {
          CHECK(proposal->stock == figures->stock);
          CHECK(proposal->stock_source == Source::guide);
          ++reproduced;
        }
      }
    }
  }
  CHECK(reproduced == 18);
}

TEST_CASE("the guide's figure names its line and keeps the band rule's beside it") {
  const Guide guide = test_support::load_seed("hugging-face", "product-manager");
  auto result = evaluate(guide, request_for("Paris", 75000, 95000));
  REQUIRE(result.ok());
  const Evaluation& e = result.value();
  CHECK(*e.asks.ask.stock == 165000);
  CHECK(e.asks.ask.stock_reason.text() == "the guide's own ask for Paris (line 78) (the band rule: €175,000)");
  CHECK(*e.asks.ask.band_rule.stock == 175000);
  // The cross-check: the band rule is 6% above the guide, said once, in the stated block.
  REQUIRE(e.stated);
  CHECK(is_apart(e.stated->comparison.ask.stock));
  CHECK(e.stated->comparison.notes.front().text() ==
        "The guide's ask for stock is €165,000; the band rule's ask is €175,000 (6% above)");
  // The answer's totals are the guide's figures', from the years.
  CHECK(e.asks.ask.annual_total == doctest::Approx(98000 + 165000 / 4.0));
  const nlohmann::json j = e;
  CHECK(j["ask"]["sources"]["stock"] == "guide");
  CHECK(j["ask"]["band_rule"]["stock"] == 175000);
  CHECK(j["floor"]["sources"]["base"] == "guide");
}

TEST_CASE("an offer at or past the guide's ask is asked a step above; a floor is never below the table") {
  const Band band = paris_band();
  Offer offer;
  offer.base = 99000;   // past the guide's ask of €98,000
  offer.stock = 140000;  // past the guide's floor of €135,000, below its ask
  const Asks asks = answered(offer, band, stated_paris());
  CHECK(*asks.ask.base == 105000);  // 99,000 + 5%, rounded up to a clean step
  CHECK(asks.ask.base_source == Source::offer);
  CHECK(asks.ask.base_reason.text() ==
        "your offer of €99,000 is already at or past the guide's own ask for Paris (line 78), €98,000; ask 5% above it");
  CHECK(*asks.floor.base == 99000);
  CHECK(asks.floor.base_source == Source::offer);
  CHECK(*asks.ask.stock == 165000);
  CHECK(asks.ask.stock_source == Source::guide);
  CHECK(*asks.floor.stock == 140000);
  CHECK(asks.floor.stock_reason.text().find("already clears the guide's own floor for Paris (line 78), €135,000") !=
        std::string::npos);
}

TEST_CASE("a stated figure that cannot be this band's is not used, and the reason says why") {
  const Band band = paris_band();
  StatedBand stated = stated_paris();
  stated.ask.stock = 400000;  // 220,000 above a band 85,000 wide
  stated.floor.base = 20000;  // 55,000 below a band 27,000 wide
  Offer offer;
  offer.base = 75000;
  const Asks asks = answered(offer, band, stated);
  CHECK(asks.ask.stock == asks.ask.band_rule.stock);
  CHECK(asks.ask.stock_source == Source::band);
  CHECK(asks.ask.stock_reason.text().find("the guide's own ask for Paris (line 78), €400,000, is not used: it is "
                                          "€220,000 above the top of the stock band, more than the band's width "
                                          "(€85,000); ") == 0);
  CHECK(asks.floor.base_source == Source::band);
  CHECK(asks.floor.base_reason.text().find("is not used: it is €55,000 below the bottom of the base band") !=
        std::string::npos);
  // Just outside, within a band's width, is used.
  stated.ask.stock = 250000;
  CHECK(*answered(offer, band, stated).ask.stock == 250000);
}

TEST_CASE("a part the band has no range for is not used, except a sign-on up to the leverage cap") {
  Band band = paris_band();
  band.stock = {};
  StatedBand stated = stated_paris();
  stated.ask.sign_on = 8000;
  stated.floor.sign_on = 40000;  // more than 25% of the base band's top (€25,500)
  Offer offer;
  offer.base = 75000;
  const Asks asks = answered(offer, band, stated);
  CHECK_FALSE(asks.ask.stock);
  CHECK(asks.ask.stock_reason.text().find("is not used: Paris has no stock band to check it against") !=
        std::string::npos);
  CHECK(*asks.ask.sign_on == 8000);
  CHECK(asks.ask.sign_on_source == Source::guide);
  CHECK_FALSE(asks.floor.sign_on);
  CHECK(asks.floor.sign_on_reason.text().find("is not used: it is more than 25% of the top of the base band (€25,500)") !=
        std::string::npos);
}

TEST_CASE("a floor stated only as total comp: the floor's total is the guide's, its parts say how") {
  const Band band = paris_band();
  StatedBand stated = stated_at(80);
  stated.floor.total_comp = 120000;
  Offer offer;
  offer.base = 75000;
  offer.bonus_pct = 10;  // a percent bonus follows the base
  const Asks asks = answered(offer, band, stated);
  CHECK(asks.floor.total_comp_source == Source::guide);
  CHECK(asks.floor.annual_total == doctest::Approx(120000));
  CHECK(*asks.floor.base == round_clean_down(*asks.floor.base));  // base on a clean step, stock the rest
  CHECK(asks.floor.base_reason.text().find("base and stock add up to the guide's own floor for Paris (line 80), "
                                           "€120,000 total comp a year (the band rule: ") == 0);
  CHECK(asks.ask.total_comp_source == Source::band);
  // An offer whose base already passes its share stays on the table.
  offer.base = 101000;
  const Asks high = answered(offer, band, stated);
  CHECK(*high.floor.base == 101000);
  CHECK(high.floor.base_source == Source::offer);
  CHECK(high.floor.annual_total >= 120000);
}

TEST_CASE("a floor's part at the offer rises to meet the guide's total, each part at most the ask's") {
  const Band band = paris_band();
  StatedBand stated = stated_at(80);
  stated.ask.base = 98000;
  stated.ask.stock = 120000;
  stated.floor.total_comp = 125000;
  Offer offer;
  offer.base = 90000;    // past the band rule's floor: the floor starts at the offer
  offer.stock = 100000;
  const Asks asks = answered(offer, band, stated);
  // Stock would need €140,000, above the ask's €120,000: at the ask, base takes the rest.
  CHECK(*asks.floor.stock == 120000);
  CHECK(*asks.floor.base == 95000);
  CHECK(asks.floor.annual_total == 125000);
  CHECK(asks.floor.total_comp_source == Source::guide);
  CHECK(asks.floor.stock_reason.text().find("at the ask; base takes the rest of the guide's own floor for Paris (line 80), "
                                            "€125,000 total comp a year") == 0);
  // Where even the ask's parts fall short, the floor stays at the ask and says so.
  stated.floor.total_comp = 140000;
  const Asks short_of = answered(offer, band, stated);
  CHECK(*short_of.floor.base == 98000);
  CHECK(*short_of.floor.stock == 120000);
  CHECK(short_of.floor.total_comp_source == Source::band);
  CHECK(short_of.floor.base_reason.text().find("only above the ask") != std::string::npos);
}

TEST_CASE("a guide's floor above the band rule's ask raises the ask to it") {
  const Band band = paris_band();
  StatedBand stated = stated_at(12);
  stated.floor.base = 101500;  // the band rule asks €99,000
  Offer offer;
  offer.base = 75000;
  const Asks asks = answered(offer, band, stated);
  CHECK(*asks.floor.base == 101500);
  CHECK(*asks.ask.base == 101500);
  CHECK(asks.ask.base_reason.text().find("at the floor, €101,500: never ask for less than the floor") == 0);
}

TEST_CASE("a derived band has none of the guide's figures: the band rule answers") {
  const Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("Remote Global", 150000, std::nullopt);
  request.derive = DerivedFrom{"New York", 0.8};
  auto result = evaluate(guide, request);
  REQUIRE(result.ok());
  CHECK_FALSE(result.value().stated);
  CHECK(result.value().asks.ask.base_source == Source::band);
}

TEST_CASE("competing offers still raise an answer the guide gave") {
  const Guide guide = test_support::load_seed("hugging-face", "product-manager");
  EvaluateRequest request = request_for("Paris", 75000, 95000);
  CompetingOffer other;
  other.name = "BigCo";
  other.base = 120000;
  other.stock = 200000;
  request.competing.push_back(other);
  auto result = evaluate(guide, request);
  REQUIRE(result.ok());
  const Proposal& ask = result.value().asks.ask;
  CHECK(*ask.base > 98000);
  CHECK(ask.base_source == Source::competing);
  CHECK(*ask.band_rule.base == 99000);
}
