# Chairside's messages in Arabic (ar), right to left: the patients' pages only (`format-`,
# `book-`, `email-`, `field-`, `error-`, `site-`); every other message falls back to English.
#
# Notes for whoever edits this file:
# - The page is dir="rtl" and Fluent wraps each placeable in direction isolates, so a run of
#   numbers joined by punctuation ("09:30", "07/03/1985") would come out reversed. Such runs
#   are wrapped in a left-to-right isolate: {"\u2066"} ... {"\u2069"} (LRI ... PDI).
# - The arrows ‹ › are kept as in English: they are mirrored characters, so in right-to-left
#   text "‹ السابق" already shows its arrow pointing right, towards the start of the line.
# - Plurals use Arabic's categories: one, two, few (3–10), many (11–99), other.

## Dates, times and numbers. $order is the clinic region's order of day, month and year:
## dmy, mdy or ymd.

format-weekday-1 = الاثنين
format-weekday-2 = الثلاثاء
format-weekday-3 = الأربعاء
format-weekday-4 = الخميس
format-weekday-5 = الجمعة
format-weekday-6 = السبت
format-weekday-7 = الأحد
format-weekday-short-1 = الاثنين
format-weekday-short-2 = الثلاثاء
format-weekday-short-3 = الأربعاء
format-weekday-short-4 = الخميس
format-weekday-short-5 = الجمعة
format-weekday-short-6 = السبت
format-weekday-short-7 = الأحد
format-month-1 = يناير
format-month-2 = فبراير
format-month-3 = مارس
format-month-4 = أبريل
format-month-5 = مايو
format-month-6 = يونيو
format-month-7 = يوليو
format-month-8 = أغسطس
format-month-9 = سبتمبر
format-month-10 = أكتوبر
format-month-11 = نوفمبر
format-month-12 = ديسمبر
format-month-short-1 = يناير
format-month-short-2 = فبراير
format-month-short-3 = مارس
format-month-short-4 = أبريل
format-month-short-5 = مايو
format-month-short-6 = يونيو
format-month-short-7 = يوليو
format-month-short-8 = أغسطس
format-month-short-9 = سبتمبر
format-month-short-10 = أكتوبر
format-month-short-11 = نوفمبر
format-month-short-12 = ديسمبر
format-date-long = { $order ->
    [mdy] { $weekday }، { $day } { $month } { $year }
   *[other] { $weekday }، { $day } { $month } { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short }، { $day } { $month_short }
   *[other] { $weekday_short }، { $day } { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday }، { $day } { $month }
   *[other] { $weekday }، { $day } { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $day } { $month_short }
   *[other] { $day } { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] {"\u2066"}{ $month2 }/{ $day2 }/{ $year }{"\u2069"}
    [ymd] {"\u2066"}{ $year }-{ $month2 }-{ $day2 }{"\u2069"}
   *[other] {"\u2066"}{ $day2 }/{ $month2 }/{ $year }{"\u2069"}
    }
format-date-short = { $order ->
   *[other] { $day_month } { $year }
    }
format-date-and-time = { $date } { $time }
format-month-year = { $month } { $year }
format-date-time = { $date } الساعة { $time }
format-time-24 = {"\u2066"}{ $hour }:{ $minute }{"\u2069"}
format-time-12 = {"\u2066"}{ $hour }:{ $minute }{"\u2069"} { $period ->
    [am] ص
   *[pm] م
    }
format-number-decimal = ٫
format-number-group = ٬
format-money = { $amount }{"\u00A0"}{ $symbol }
format-percent = { $number }٪

## The patients' booking pages (/book, /book/manage, /book/offer).

book-language = اللغة
book-title = حجز موعد
book-loading = جارٍ التحميل…
book-not-found = الصفحة غير موجودة
book-not-found-text = تعذّر العثور على هذه الصفحة. ربما كُتب الرابط بشكل خاطئ، أو انتهت صلاحيته.
book-start = ابدأ الحجز
book-no-clinics = لا توجد حاليًا عيادة تستقبل الحجوزات عبر الإنترنت. يُرجى الاتصال بعيادتك.
book-choose-clinic = اختر عيادتك.
book-at = الحجز لدى { $clinic }
book-step = الخطوة { $step } من { $steps }
book-invite-for = الحجز باسم { $first_name }: اختر وقتًا ثم أكّده. لا حاجة إلى إدخال بياناتك.
book-invite-spent = انتهت صلاحية الرابط الموجود في رسالتك، أو سبق استخدامه للحجز. لا يزال بإمكانك الحجز: بعد اختيار الوقت سيُطلب منك إدخال بياناتك.
book-what-for = ما الغرض من الموعد؟
book-minutes = { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
    }
book-who = مع مَن تودّ أن يكون موعد { $appointment_type }؟
book-first-available = أول موعد متاح
book-first-available-detail = مَن يتوفّر أولًا
book-kind-dentist = طبيب أسنان
book-kind-hygienist = أخصائي صحة الأسنان
book-change-type = ‹ تغيير نوع الموعد
book-change = تغيير
book-choose-a-day = اختر يومًا.
book-choose-day = اختر يومًا
book-zone-note = الأوقات بحسب المنطقة الزمنية للعيادة ({ $zone }).
book-device-zone-note = جهازك مضبوط على المنطقة الزمنية { $zone }. الأوقات المعروضة هنا هي الأوقات المحلية للعيادة.
book-day-free = { $count ->
    [0] مكتمل
    [one] موعد واحد
    [two] موعدان
    [few] { $count } مواعيد
    [many] { $count } موعدًا
   *[other] { $count } موعد
    }
book-earlier = ‹ السابق
book-later = التالي ›
book-free-times-on = الأوقات المتاحة يوم { $day }
book-no-free-time = لا توجد أوقات متاحة في هذا اليوم. اختر يومًا آخر من الأعلى، أو انتقل إلى الأيام التالية.
book-held-until = نحجز لك هذا الوقت حتى الساعة { $time } (بتوقيت { $zone }).
book-summary-appointment = الموعد
book-summary-with = مع
book-summary-when = الوقت
book-summary-where = المكان
book-summary-status = الحالة
book-details = بياناتك
book-details-known = بياناتك مسجّلة لدى العيادة مسبقًا.
book-review = المراجعة والتأكيد
book-review-it = راجِعه وأكّده
book-trap = اترك هذا الحقل فارغًا
book-first-name = الاسم الأول
book-last-name = اسم العائلة
book-date-of-birth = تاريخ الميلاد
book-email = البريد الإلكتروني
book-email-hint = سيصلك التأكيد على هذا العنوان، مع رابط لتغيير الموعد أو إلغائه.
book-phone = الهاتف
book-reason-optional = سبب الزيارة (اختياري)
book-reason = السبب
book-name = الاسم
book-been-before = هل سبق لك زيارة هذه العيادة؟
book-new-patient = لا، هذه زيارتي الأولى
book-returning-patient = نعم، سبق لي زيارتها
book-reminders = أرسلوا لي تذكيرًا بالبريد الإلكتروني قبل الموعد
book-earlier-time = أخبروني إذا توفّر وقت أبكر
book-earlier-time-hint = نراسلك بالبريد الإلكتروني عندما يتوفّر وقت قبل موعدك؛ يحصل عليه أول من يحجزه، ويُنقل موعدك إليه.
book-continue = متابعة
book-for-known-patient = الحجز باسم { $first_name }. يُرسَل التأكيد إلى عنوان البريد الإلكتروني المسجّل لدى العيادة.
book-change-details = تغيير بياناتي
book-confirm = تأكيد الحجز
book-booked = تم الحجز
book-not-confirmed = لم يُؤكَّد هذا الحجز بعد.
book-booked-heading = تم حجز موعدك
book-confirmed = تم تأكيد موعدك.
book-details-sent = أرسلنا إليك التفاصيل بالبريد الإلكتروني، مع رابط لنقل الموعد أو إلغائه.
book-questions = هل لديك أسئلة؟ اتصل بالعيادة على الرقم { $phone }.
book-manage-title = موعدك
book-manage-cancelled = تم إلغاء موعدك. أرسلنا إليك رسالة بالبريد الإلكتروني.
book-manage-moved = تم نقل موعدك. أرسلنا إليك رسالة بالبريد الإلكتروني.
book-manage-confirmed = شكرًا لك: أصبحت العيادة على علم بأنك ستحضر.
book-status-cancelled = ملغى
book-status-completed = مكتمل
book-status-missed = لم يتم الحضور
book-status-confirmed = مؤكَّد
book-status-booked = محجوز
book-will-you-come = هل ستحضر؟
book-will-you-come-text = أخبر العيادة بأنك ستحضر.
book-i-will-come = نعم، سأحضر
book-call-to-change = لتغييره الآن، يُرجى الاتصال بـ { $clinic } على الرقم { $phone }.
book-another = حجز موعد آخر
book-move-or-cancel-instead = نقل الموعد أو إلغاؤه بدلًا من ذلك
book-cancel-question = هل تريد إلغاء هذا الموعد؟
book-cancel-question-text = سيُتاح هذا الوقت لشخص آخر.
book-cancel-yes = نعم، ألغِه
book-cancel-no = لا، أبقِه
book-move = النقل إلى وقت آخر
book-move-hint = يبقى وقتك الحالي محجوزًا لك إلى أن يُثبَّت الوقت الجديد.
book-keep-time = الإبقاء على وقتي الحالي
book-change-until = يمكنك نقل الموعد أو إلغاؤه عبر الإنترنت حتى { $until }.
book-cancel = إلغاء الموعد
book-offer-title = وقت أبكر
book-offer-open = توفّر وقت
book-offer-moves = سيُنقل موعدك المحدد في { $when } إلى هذا الوقت: يبقى لك موعد واحد فقط.
book-offer-until = عُرض هذا الوقت على عدد من المرضى: يحصل عليه أول من يحجزه. يبقى العرض قائمًا حتى { $until }.
book-offer-take = احجز هذا الوقت
book-offer-not-for-you = لا يناسبك؟ لا تفعل شيئًا: ستبقى على القائمة.
book-offer-yours = أصبح هذا الوقت لك. أرسلنا إليك التفاصيل بالبريد الإلكتروني، مع رابط لنقل الموعد أو إلغائه.
book-offer-took = لقد حجزت هذا الوقت. تحتوي الرسالة التي أرسلناها إليك على رابط لنقل الموعد أو إلغائه.
book-offer-taken = حُجز هذا الوقت
book-offer-taken-text = عذرًا، سبقك مريض آخر إلى حجز هذا الوقت. لا تزال على القائمة: سنراسلك بالبريد الإلكتروني عندما يتوفّر وقت آخر.
book-offer-closed = انتهى هذا العرض
book-offer-closed-text = لم يعد هذا العرض قائمًا. إذا كنت لا تزال على القائمة، فسنراسلك بالبريد الإلكتروني عندما يتوفّر وقت آخر.
book-offer-choose-another = اختر وقتًا آخر عبر الإنترنت
book-offer-questions = هل لديك أسئلة؟ اتصل بـ { $clinic } على الرقم { $phone }.
book-time-taken = عذرًا، حجز شخص آخر الوقت { $when } للتو. إليك الأوقات التي لا تزال متاحة.
book-too-late = فات أوان تغيير هذا الموعد عبر الإنترنت (يجب الإبلاغ قبل الموعد { $hours ->
    [one] بساعة
    [two] بساعتين
    [few] بـ{ $hours } ساعات
    [many] بـ{ $hours } ساعة
   *[other] بـ{ $hours } ساعة
    } على الأقل). يُرجى الاتصال بـ { $clinic } على الرقم { $phone }.
book-too-late-to-confirm = لم يعد بالإمكان تأكيد هذا الموعد عبر الإنترنت. يُرجى الاتصال بـ { $clinic } على الرقم { $phone }.
book-refused-as-automated = تعذّر قبول هذا الحجز عبر الإنترنت. يُرجى الانتظار لحظة ثم المحاولة مرة أخرى، أو الاتصال بالعيادة.
book-hold-expired = انتهت مدة حجز الوقت لك، أو أن هذا الرابط غير صحيح. اختر وقتًا من جديد على { $address }.
book-cannot-book-with-details = لا يمكن حجز هذا الوقت عبر الإنترنت بهذه البيانات. اختر وقتًا آخر، أو اتصل بالعيادة.
book-already-booked-then = لديك موعد في هذا الوقت بالفعل. اختر وقتًا آخر، أو اتصل بالعيادة.
book-offer-taken-error = عذرًا، حجز مريض آخر هذا الوقت للتو. لا تزال على القائمة: سنراسلك بالبريد الإلكتروني عندما يتوفّر وقت آخر.
book-offer-closed-error = انتهى هذا العرض. إذا كنت لا تزال على القائمة، فسنراسلك بالبريد الإلكتروني عندما يتوفّر وقت آخر.
book-offer-already-booked-then = لديك موعد في هذا الوقت بالفعل. اتصل بالعيادة لتغييره.
book-error-email-required = أدخل عنوان بريدك الإلكتروني: سيُرسَل التأكيد إليه.
book-error-phone-required = أدخل رقم هاتف يمكن للعيادة الاتصال بك عليه.
book-error-returning = حدّد ما إذا كنت قد زرت العيادة من قبل.

## Form fields' messages (on every page, the booking pages too).

field-enter = أدخل { $what }.
field-too-long = يجب ألا يزيد عدد الأحرف على { $max }.
field-control-characters = احذف أحرف التحكم.
field-phone = أدخل رقم هاتف مثل {"\u2066"}07700 900123{"\u2069"} أو {"\u2066"}+44 7700 900123{"\u2069"}.
field-date-of-birth-missing = أدخل تاريخ الميلاد.
field-date-day-first = أدخل تاريخًا مثل 07/03/1985 (اليوم، الشهر، السنة).
field-date-month-first = أدخل تاريخًا مثل 03/07/1985 (الشهر، اليوم، السنة).
field-date-of-birth-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
field-date-before-1900 = تحقّق من السنة: إنها قبل عام 1900.
field-email-missing = أدخل عنوان بريد إلكتروني.
field-email-too-long = يجب ألا يزيد عنوان البريد الإلكتروني على { $max } حرفًا.
field-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
field-what-first-name = الاسم الأول
field-what-last-name = اسم العائلة

## Errors any page may show.

error-unauthorized = يُرجى تسجيل الدخول للمتابعة.
error-sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-forbidden = ليست لديك صلاحية للقيام بذلك.
error-not-found = تعذّر العثور على المطلوب.
error-validation = بعض الحقول تحتاج إلى مراجعة.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ثانية.
        [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ثانيتين.
        [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثوانٍ.
        [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
       *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $seconds } ثانية.
    }
    [one] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقة.
    [two] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    }
error-unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
error-form-too-long = كان النموذج طويلًا جدًا.
error-internal = حدث خطأ من جهتنا (المرجع { $id }).

## Emails. Placeholders are the template's ({ $appointment_date } is filled in when sent).

email-greeting = مرحبًا { $patient_first_name }،
email-greeting-staff = مرحبًا { $staff_name }،
email-manage-intro = لعرض الموعد أو نقله أو إلغائه:
email-manage = عرض موعدك أو نقله أو إلغاؤه
email-booked-subject = موعدك في { $appointment_date } الساعة { $appointment_time }
email-booked-body = تم حجز موعد { $appointment_type } مع { $provider } في { $appointment_date } الساعة { $appointment_time } (بتوقيت { $time_zone }).
email-moved-subject = نُقل موعدك إلى { $appointment_date } الساعة { $appointment_time }
email-moved-body = أصبح موعد { $appointment_type } مع { $provider } في { $appointment_date } الساعة { $appointment_time } (بتوقيت { $time_zone }).
email-cancelled-subject = أُلغي موعدك في { $appointment_date }
email-cancelled-body = أُلغي موعد { $appointment_type } في { $appointment_date } الساعة { $appointment_time }.
email-cancelled-book-again = للحجز من جديد، اتصل بـ { $clinic_name } على الرقم { $clinic_phone }.
email-reminder-subject = تذكير: { $appointment_type } في { $appointment_date } الساعة { $appointment_time }
email-reminder-body = نذكّرك بموعد { $appointment_type } مع { $provider } في { $appointment_date } الساعة { $appointment_time } (بتوقيت { $time_zone }).
email-reminder-question = هل ستحضر؟
email-reminder-confirm = نعم، سأحضر
email-reminder-confirm-intro = هل ستحضر؟ أكِّد حضورك:
email-reminder-move = نقل الموعد
email-reminder-move-intro = لتغيير الموعد:
email-reminder-cancel = إلغاء الموعد
email-reminder-cancel-intro = لإلغاء الموعد:
email-recall-subject = حان وقت حجز زيارة { $recall_kind } لدى { $clinic_name }
email-recall-body = تستحق زيارة { $recall_kind } التالية لدى { $clinic_name } بتاريخ { $due_date }.
email-recall-choose = اختر الوقت الذي يناسبك
email-recall-choose-intro = اختر الوقت الذي يناسبك:
email-recall-call = أو اتصل بنا على الرقم { $clinic_phone }.
email-offer-subject = وقت أبكر: { $appointment_type } في { $appointment_date } الساعة { $appointment_time }
email-offer-body = توفّر وقت لدى { $clinic_name }: { $appointment_type } مع { $provider } في { $appointment_date } الساعة { $appointment_time } (بتوقيت { $time_zone }).
email-offer-first-come = عرضنا هذا الوقت على عدد من المرضى في قائمة الانتظار؛ يحصل عليه أول من يحجزه.
email-offer-take = احجز هذا الوقت
email-offer-take-intro = لحجز هذا الوقت:
email-offer-until = يبقى العرض قائمًا حتى { $offer_expires }.
email-offer-moves = إذا كان لديك موعد لاحق من النوع نفسه، فسيُنقل إلى هذا الوقت. لا يناسبك؟ لا تفعل شيئًا: ستبقى على القائمة.
email-invitation-subject = حسابك على Chairside لدى { $clinic_name }
email-invitation-body = أُنشئ لك حساب لدى { $clinic_name }.
email-invitation-choose = اختر كلمة المرور
email-invitation-choose-intro = اختر كلمة المرور من هنا:
email-invitation-once = يعمل الرابط مرة واحدة فقط، حتى { $expires }.
email-calendar-title = { $appointment_type } في { $clinic }
email-calendar-with = مع { $provider }
field-language = اختر إحدى اللغات المتاحة.

## The account.

field-region = أدخل رمز البلد المكوّن من حرفين، مثل GB أو US.
field-week-starts = اختر أول يوم في الأسبوع.

## Every page: the header, the pages that only say something.

site-description = Chairside: جدولة المواعيد وسجلات المرضى لمجموعات عيادات الأسنان.
site-footer = Chairside · المواعيد والسجلات لمجموعات عيادات الأسنان
site-skip = الانتقال إلى المحتوى
site-main-nav = القائمة الرئيسية
site-home = الصفحة الرئيسية
site-book-online = الحجز عبر الإنترنت
site-sign-in = تسجيل الدخول
site-go-home = الذهاب إلى الصفحة الرئيسية
site-not-found = الصفحة غير موجودة
site-not-found-text = لا يوجد شيء على هذا العنوان. ربما نُقل، أو كُتب الرابط بشكل خاطئ.
site-error = حدث خطأ ما
site-error-text = تعذّر عرض هذه الصفحة. لم يُفقد شيء مما أدخلته؛ يُرجى المحاولة مرة أخرى.
site-forbidden = لا تملك صلاحية الوصول
site-forbidden-text = لا يشمل دورك هذا الجزء من Chairside. إذا كنت بحاجة إليه، فاطلبه من أحد مسؤولي عيادتك.
site-record-not-found = غير موجود
site-record-not-found-text = لا يوجد سجل كهذا، أو أنه يتبع عيادة لا تعمل فيها. تحقّق من الرابط، أو ابحث عنه من جديد.
