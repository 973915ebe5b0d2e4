package dev.techshift.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The techshift vocabulary: the terms this project mints (see ontology/README.md, the model contract).
 * <pre>
 *   Resource c = TS.WorkforceReduction;
 *   Property p = TS.peopleAffected;
 * </pre>
 */
public final class TS {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/techshift/ns#";

    /** The preferred prefix. */
    public static final String PREFIX = "ts";

    private TS() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The namespace as a resource. */
    public static Resource namespace() {
        return ResourceFactory.createResource(NS);
    }

    // Classes
    public static final Resource Fact = r("Fact");
    public static final Resource Statement = r("Statement");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Closure = r("Closure");
    public static final Resource WorkforceReduction = r("WorkforceReduction");
    public static final Resource Relocation = r("Relocation");
    public static final Resource PostHolding = r("PostHolding");
    public static final Resource MarketShareObservation = r("MarketShareObservation");
    public static final Resource Founding = r("Founding");
    public static final Resource Investment = r("Investment");
    public static final Resource SupplyDeal = r("SupplyDeal");
    public static final Resource Outage = r("Outage");
    public static final Resource ProductLaunch = r("ProductLaunch");
    public static final Resource ProductDiscontinuation = r("ProductDiscontinuation");
    public static final Resource PublicationCount = r("PublicationCount");
    public static final Resource RevenueAttribution = r("RevenueAttribution");
    public static final Resource Headcount = r("Headcount");
    public static final Resource Quantity = r("Quantity");
    public static final Resource TimeSpec = r("TimeSpec");
    public static final Resource Sentence = r("Sentence");
    public static final Resource Mention = r("Mention");
    public static final Resource UnlinkedEntity = r("UnlinkedEntity");
    public static final Resource ExtractionRule = r("ExtractionRule");
    public static final Resource Company = r("Company");
    public static final Resource CloudDivision = r("CloudDivision");
    public static final Resource ResearchLab = r("ResearchLab");
    public static final Resource CountryBranch = r("CountryBranch");
    public static final Resource Place = r("Place");
    public static final Resource Market = r("Market");
    public static final Resource RoleTitle = r("RoleTitle");
    public static final Resource TemporalStatus = r("TemporalStatus");
    public static final Resource QuantityQualifier = r("QuantityQualifier");
    public static final Resource LinkStatus = r("LinkStatus");
    public static final Resource PublicationDateStatus = r("PublicationDateStatus");

    // Individuals
    public static final Resource Current = r("Current");
    public static final Resource Then = r("Then");
    public static final Resource NotVerified = r("NotVerified");
    public static final Resource marketShareStructure = r("marketShareStructure");
    public static final Resource unitQuarter = r("unitQuarter");
    public static final Resource Former = r("Former");
    public static final Resource Exact = r("Exact");
    public static final Resource Approximate = r("Approximate");
    public static final Resource AtLeast = r("AtLeast");
    public static final Resource AtMost = r("AtMost");
    public static final Resource Range = r("Range");
    public static final Resource Vague = r("Vague");
    public static final Resource Stated = r("Stated");
    public static final Resource Unknown = r("Unknown");
    public static final Resource Inferred = r("Inferred");
    public static final Resource unitSeason = r("unitSeason");
    public static final Resource unitHalfYear = r("unitHalfYear");
    public static final Resource unitPartOfMonth = r("unitPartOfMonth");
    public static final Resource unitPartOfYear = r("unitPartOfYear");

    // Properties
    public static final Property organization = p("organization");
    public static final Property unit = p("unit");
    public static final Property area = p("area");
    public static final Property date = p("date");
    public static final Property announcedDate = p("announcedDate");
    public static final Property effectiveDate = p("effectiveDate");
    public static final Property reason = p("reason");
    public static final Property operatingYears = p("operatingYears");
    public static final Property peopleAffected = p("peopleAffected");
    public static final Property relocatedTo = p("relocatedTo");
    public static final Property roleTitle = p("roleTitle");
    public static final Property temporalStatus = p("temporalStatus");
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");
    public static final Property company = p("company");
    public static final Property market = p("market");
    public static final Property refArea = p("refArea");
    public static final Property refPeriod = p("refPeriod");
    public static final Property share = p("share");
    public static final Property shareQualifier = p("shareQualifier");
    public static final Property rank = p("rank");
    public static final Property figurePublisher = p("figurePublisher");
    public static final Property founder = p("founder");
    public static final Property investor = p("investor");
    public static final Property investee = p("investee");
    public static final Property amount = p("amount");
    public static final Property supplier = p("supplier");
    public static final Property customer = p("customer");
    public static final Property product = p("product");
    public static final Property duration = p("duration");
    public static final Property count = p("count");
    public static final Property family = p("family");
    public static final Property evidence = p("evidence");
    public static final Property sentence = p("sentence");
    public static final Property rule = p("rule");
    public static final Property confidence = p("confidence");
    public static final Property surfaceForm = p("surfaceForm");
    public static final Property qualifier = p("qualifier");
    public static final Property earliest = p("earliest");
    public static final Property latest = p("latest");
    public static final Property resolved = p("resolved");
    public static final Property phrase = p("phrase");
    public static final Property anchor = p("anchor");
    public static final Property text = p("text");
    public static final Property textHash = p("textHash");
    public static final Property fileName = p("fileName");
    public static final Property graph = p("graph");
    public static final Property softwareVersion = p("softwareVersion");
    public static final Property ruleFile = p("ruleFile");
    public static final Property index = p("index");
    public static final Property boilerplate = p("boilerplate");
    public static final Property refersTo = p("refersTo");
    public static final Property coMention = p("coMention");
    public static final Property linked = p("linked");
    public static final Property publicationDateStatus = p("publicationDateStatus");
    public static final Property inferenceBasis = p("inferenceBasis");
    public static final Property headquartersCountry = p("headquartersCountry");
    public static final Property fingerprint = p("fingerprint");
    public static final Property ambiguous = p("ambiguous");
    public static final Property contextualLabel = p("contextualLabel");
    public static final Property linkStatus = p("linkStatus");
    public static final Property roleCategory = p("roleCategory");

}
