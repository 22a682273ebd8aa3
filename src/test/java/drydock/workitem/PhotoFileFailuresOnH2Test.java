package drydock.workitem;

/** The photo file failure tests on the embedded default, H2. */
class PhotoFileFailuresOnH2Test extends PhotoFileFailureTests {

}
