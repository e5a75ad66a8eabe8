@testable import ClaimGraph
import Foundation
import Testing

/// A MONEY mention as the gold files write it: its text, amount in units and ISO 4217 code.
private struct FoundMoney: Equatable, CustomStringConvertible {
  let text: String
  let amount: Decimal?
  let currency: String?

  init(_ text: String, _ amount: String, _ currency: String) {
    self.text = text
    self.amount = Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX"))
    self.currency = currency
  }

  init(_ mention: EntityMention) {
    text = mention.text
    if case .money(let amount, let currency)? = mention.norm {
      self.amount = amount
      self.currency = currency
    } else {
      amount = nil
      currency = nil
    }
  }

  var description: String { "\(text) → \(amount.map { "\($0)" } ?? "nil") \(currency ?? "nil")" }
}

/// The MONEY mentions in `text`.
private func money(_ text: String) -> [FoundMoney] {
  run(text, through: "entities").entities.filter { $0.label == .money }.map(FoundMoney.init)
}

@Suite struct MoneyRecognizerTests {
  // MARK: Currency word after the number

  @Test func amountInTengeWithItsDollarValueIsTwoMentions() {
    let text = "The law penalizes “intentionally spreading false information” with fines of up to 12.96 million tenge ($40,000) and imprisonment for up to 10 years."
    #expect(money(text) == [FoundMoney("12.96 million tenge", "12960000", "KZT"), FoundMoney("$40,000", "40000", "USD")])
  }

  @Test func thousandsSeparatedTengeIsOneAmount() {
    #expect(money("Zhanar Akhmet was punished by an administrative fine of 113,450 tenge.") == [FoundMoney("113,450 tenge", "113450", "KZT")])
  }

  @Test func scaleWordAndPluralCurrencyWordAfterTheNumber() {
    #expect(money("The European Investment Bank will lend 5 million euros to the water utility.")
      == [FoundMoney("5 million euros", "5000000", "EUR")])
  }

  @Test func multiWordCurrencyNameAfterTheNumber() {
    #expect(money("The embassy donated 40,000 US dollars to the shelter.") == [FoundMoney("40,000 US dollars", "40000", "USD")])
  }

  @Test func approximatelyBetweenBracketAndSymbolIsNotPartOfTheAmount() {
    #expect(money("Bukenov criticised the city for spending 25 million tenge (approximately $77,000) on a pyramid of flowers.")
      == [FoundMoney("25 million tenge", "25000000", "KZT"), FoundMoney("$77,000", "77000", "USD")])
  }

  // MARK: Symbol or code before the number

  @Test func euroSignWithDecimalAndScaleWord() {
    #expect(money("Globally, traffickers make estimated profits of €29.4 billion in a single year.")
      == [FoundMoney("€29.4 billion", "29400000000", "EUR")])
  }

  @Test func prefixedDollarSignWithGluedScaleLetter() {
    #expect(money("The lender approved a US$5m credit line for farmers in Shymkent.") == [FoundMoney("US$5m", "5000000", "USD")])
  }

  @Test func poundSignWithGluedBillionSuffix() {
    #expect(money("The regulator fined the lender £3bn on Monday.") == [FoundMoney("£3bn", "3000000000", "GBP")])
  }

  @Test func isoCodeBeforeTheNumber() {
    #expect(money("The ministry allocated USD 5 million to the programme.") == [FoundMoney("USD 5 million", "5000000", "USD")])
  }

  @Test func tengeSignBeforeTheNumber() {
    #expect(money("Akimat officials earmarked ₸2.5 billion for road repairs.") == [FoundMoney("₸2.5 billion", "2500000000", "KZT")])
  }

  @Test func amountAtTheEndOfASentenceLeavesTheFullStopOut() {
    #expect(money("Media and civil society activists said damages reached $155,000.") == [FoundMoney("$155,000", "155000", "USD")])
  }

  // MARK: Not money

  @Test func bareNumberIsNotMoney() {
    expectEntities(run("Between 2017 and 2018, there were more than 14,000 registered victims within the European Union.", through: "entities"), .money, [])
  }

  @Test func percentageIsNotMoney() {
    expectEntities(run("The law limits foreign programming to 20 percent of weekly broadcast time.", through: "entities"), .money, [])
  }

  @Test func spaceGroupedThousandsAreOneAmount() {
    #expect(money("The fund paid 1 000 000 tenge to each family.") == [FoundMoney("1 000 000 tenge", "1000000", "KZT")])
  }

  // MARK: Offsets

  @Test func moneyOffsetsAreScalarOffsetsAfterAccentedText() {
    // `Agnė` with a combining accent: five scalars, four Characters.
    let document = run("Agne\u{301} Bilotaite\u{301} pledged €29.4 billion.", through: "entities")
    let mention = document.entities.first { $0.label == .money }
    #expect(mention?.range == 25..<38)
    #expect(mention?.span.tokens == 3..<6)
  }
}

@Suite struct MoneyRangeAndConversionTests {
  @Test func rangeKeepsItsLowerEndAsAmountAndItsUpperEnd() {
    let doc = run("The programme will cost $5-10 million over three years.", through: "entities")
    let mention = doc.entities.first { $0.label == .money }
    #expect(mention?.text == "$5-10 million")
    #expect(mention?.norm == .moneyRange(amount: 5_000_000, maximum: 10_000_000, currency: "USD"))
  }

  @Test func amountInBracketsIsLinkedAsAConversionOfTheOneBefore() {
    let doc = run("Bukenov criticised spending 25 million tenge (approximately $77,000) on flowers.", through: "entities")
    let amounts = doc.entities.filter { $0.label == .money }
    #expect(amounts.map(\.text) == ["25 million tenge", "$77,000"])
    #expect(amounts.last?.conversionOf == amounts.first?.range)
    #expect(amounts.first?.conversionOf == nil)
  }

  @Test func amountsInOneListAreNoConversions() {
    let doc = run("Fines rose from $40,000 to $77,000.", through: "entities")
    #expect(doc.entities.filter { $0.label == .money }.allSatisfy { $0.conversionOf == nil })
  }

  // MARK: Numbers

  @Test func numbersAreReadAsFoundationReadsThemWithoutTheirCommas() {
    // The numbers of news text, the odd forms scrapers leave, and twenty thousand strings of digits,
    // points and commas from a fixed generator (so that a failure comes back on the next run).
    var texts = ["113,450", "12.96", "40,000", "0.50", "12.960", "1.", ".5", "007.10", "1.2.3", ".", ",", "1,,000",
                 "123456789012345678", "1234567890123456789", "29.4", "0"]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet = Array("0123456789.,")
    for _ in 0..<20_000 { texts.append(String((0...next(22)).map { _ in alphabet[next(alphabet.count)] })) }
    let posix = Locale(identifier: "en_US_POSIX")
    func written(_ value: Decimal?) -> String? { value.map { NSDecimalNumber(decimal: $0).description(withLocale: posix) } }
    let differing = texts.filter { text in
      let foundation = Decimal(string: text.replacingOccurrences(of: ",", with: ""), locale: posix)
      let read = MoneyRecognizer.decimal(text)
      return read != foundation || written(read) != written(foundation) || written(read.map { $0 * 1_000_000 }) != written(foundation.map { $0 * 1_000_000 })
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }
}
