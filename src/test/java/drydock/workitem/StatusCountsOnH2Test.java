package drydock.workitem;

/** The status count tests on the embedded default, H2, where a Java trigger keeps the counts. */
class StatusCountsOnH2Test extends StatusCountsTests {

}
