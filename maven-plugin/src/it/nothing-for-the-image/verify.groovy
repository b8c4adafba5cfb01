def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('Tests run:') : 'the tests ran first'
assert log.contains('No image: the tests loaded no class of com.example.absent that the jar or its runtime dependencies hold; '
        + 'set <includes> (sysimg.includes) to the packages your tests exercise, or set sysimg.skip=true.') : 'one sentence says why'
assert !log.contains('\tat io.github.sysimg') : 'a stack trace was printed'
assert !new File(basedir, 'target/sysimg/sysimg.jsa').exists()
return true
