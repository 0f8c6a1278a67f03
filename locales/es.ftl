# Mensajes de Chairside en español: la traducción de en.ftl, el original en inglés.
#
# Las claves se agrupan según dónde aparecen: `format-` (fechas, horas, números: todos los idiomas
# los tienen todos), `book-` (las páginas de reserva de los pacientes), `email-` (los correos
# electrónicos) y después las páginas del personal.
# Un idioma solo para pacientes (véase src/i18n/language.rs) necesita los tres primeros grupos.
# Los argumentos se escriben { $name }; un selector elige según un valor ({ $order -> ... }).

## Fechas, horas y números. $order es el orden de día, mes y año de la región de la clínica:
## dmy, mdy o ymd. Con el mes en letras, el español escribe siempre el día antes del mes.

format-weekday-1 = lunes
format-weekday-2 = martes
format-weekday-3 = miércoles
format-weekday-4 = jueves
format-weekday-5 = viernes
format-weekday-6 = sábado
format-weekday-7 = domingo
format-weekday-short-1 = lun
format-weekday-short-2 = mar
format-weekday-short-3 = mié
format-weekday-short-4 = jue
format-weekday-short-5 = vie
format-weekday-short-6 = sáb
format-weekday-short-7 = dom
format-month-1 = enero
format-month-2 = febrero
format-month-3 = marzo
format-month-4 = abril
format-month-5 = mayo
format-month-6 = junio
format-month-7 = julio
format-month-8 = agosto
format-month-9 = septiembre
format-month-10 = octubre
format-month-11 = noviembre
format-month-12 = diciembre
format-month-short-1 = ene
format-month-short-2 = feb
format-month-short-3 = mar
format-month-short-4 = abr
format-month-short-5 = may
format-month-short-6 = jun
format-month-short-7 = jul
format-month-short-8 = ago
format-month-short-9 = sept
format-month-short-10 = oct
format-month-short-11 = nov
format-month-short-12 = dic
format-date-long = { $order ->
    [mdy] { $weekday }, { $day } de { $month } de { $year }
   *[other] { $weekday }, { $day } de { $month } de { $year }
    }
format-date-medium = { $order ->
    [mdy] { $weekday_short }, { $day } { $month_short }
   *[other] { $weekday_short }, { $day } { $month_short }
    }
format-date-without-year = { $order ->
    [mdy] { $weekday }, { $day } de { $month }
   *[other] { $weekday }, { $day } de { $month }
    }
format-day-month-short = { $order ->
    [mdy] { $day } { $month_short }
   *[other] { $day } { $month_short }
    }
format-date-numeric = { $order ->
    [mdy] { $month2 }/{ $day2 }/{ $year }
    [ymd] { $year }-{ $month2 }-{ $day2 }
   *[other] { $day2 }/{ $month2 }/{ $year }
    }
format-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
format-date-and-time = { $date } { $time }
format-month-year = { $month } de { $year }
format-date-time = { $date } a las { $time }
format-time-24 = { $hour }:{ $minute }
format-time-12 = { $hour }:{ $minute }{"\u00A0"}{ $period ->
    [am] a.{"\u00A0"}m.
   *[pm] p.{"\u00A0"}m.
    }
format-number-decimal = ,
format-number-group = .
format-money = { $amount }{"\u00A0"}{ $symbol }
format-percent = { $number }{"\u00A0"}%

## Las páginas de reserva de los pacientes (/book, /book/manage, /book/offer).

book-language = Idioma
book-title = Pedir cita
book-loading = Cargando…
book-not-found = Página no encontrada
book-not-found-text = No hemos encontrado esa página. Puede que el enlace esté mal escrito o que haya caducado.
book-start = Pedir cita
book-no-clinics = En este momento ninguna clínica admite citas en línea. Por favor, llame a su clínica.
book-choose-clinic = Elija su clínica.
book-at = Pedir cita en { $clinic }
book-step = Paso { $step } de { $steps }
book-invite-for = Cita para { $first_name }: elija una hora y confírmela. No necesita escribir sus datos.
book-invite-spent = El enlace de su correo ha caducado o ya se ha usado para reservar. Aún puede pedir cita: después de elegir la hora le pediremos sus datos.
book-what-for = ¿Para qué es la cita?
book-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
    }
book-who = ¿Con quién desea su cita de { $appointment_type }?
book-first-available = El primero disponible
book-first-available-detail = Quien tenga hora antes
book-kind-dentist = Dentista
book-kind-hygienist = Higienista dental
book-change-type = ‹ Cambiar el tipo de cita
book-change = Cambiar
book-choose-a-day = Elija un día.
book-choose-day = Elija un día
book-zone-note = Las horas corresponden a la zona horaria de la clínica ({ $zone }).
book-device-zone-note = Su dispositivo usa la zona horaria { $zone }. Las horas que ve aquí son las de la clínica.
book-day-free = { $count ->
    [0] completo
    [one] { $count } hueco
   *[other] { $count } huecos
    }
book-earlier = ‹ Antes
book-later = Después ›
book-free-times-on = Horas libres el { $day }
book-no-free-time = No quedan horas libres este día. Elija otro día arriba o busque más adelante.
book-held-until = Le guardamos esta hora hasta las { $time } (hora de { $zone }).
book-summary-appointment = Cita
book-summary-with = Con
book-summary-when = Cuándo
book-summary-where = Dónde
book-summary-status = Estado
book-details = Sus datos
book-details-known = La clínica ya tiene sus datos.
book-review = Revisar y confirmar
book-review-it = Revise y confirme la cita
book-trap = Deje este campo vacío
book-first-name = Nombre
book-last-name = Apellidos
book-date-of-birth = Fecha de nacimiento
book-email = Correo electrónico
book-email-hint = Aquí le enviaremos la confirmación, con un enlace para cambiar o cancelar la cita.
book-phone = Teléfono
book-reason-optional = Motivo de la visita (opcional)
book-reason = Motivo
book-name = Nombre
book-been-before = ¿Ha venido antes a esta clínica?
book-new-patient = No, es la primera vez
book-returning-patient = Sí, ya he venido antes
book-reminders = Enviarme recordatorios por correo antes de la cita
book-earlier-time = Avisarme si queda libre una hora antes
book-earlier-time-hint = Le avisaremos por correo cuando quede libre una hora anterior a la suya; se la queda quien la reserve primero, y su cita pasa a esa hora.
book-continue = Continuar
book-for-known-patient = Cita para { $first_name }. La confirmación se enviará al correo electrónico que la clínica tiene registrado.
book-change-details = Cambiar mis datos
book-confirm = Confirmar la cita
book-booked = Reservada
book-not-confirmed = Esta cita aún no está confirmada.
book-booked-heading = Cita reservada
book-confirmed = Su cita está confirmada.
book-details-sent = Le hemos enviado los detalles por correo electrónico, con un enlace para cambiar o cancelar la cita.
book-questions = ¿Tiene alguna pregunta? Llame a la clínica al { $phone }.
book-manage-title = Su cita
book-manage-cancelled = Su cita está cancelada. Le hemos enviado un correo electrónico.
book-manage-moved = Su cita se ha cambiado. Le hemos enviado un correo electrónico.
book-manage-confirmed = Gracias: la clínica ya sabe que usted vendrá.
book-status-cancelled = Cancelada
book-status-completed = Realizada
book-status-missed = No acudió
book-status-confirmed = Confirmada
book-status-booked = Reservada
book-will-you-come = ¿Vendrá a la cita?
book-will-you-come-text = Confirme a la clínica que asistirá.
book-i-will-come = Sí, asistiré
book-call-to-change = Para cambiarla ahora, llame a { $clinic } al { $phone }.
book-another = Pedir otra cita
book-move-or-cancel-instead = Prefiero cambiarla o cancelarla
book-cancel-question = ¿Cancelar esta cita?
book-cancel-question-text = La hora quedará libre para otra persona.
book-cancel-yes = Sí, cancelarla
book-cancel-no = No, mantenerla
book-move = Cambiar a otra hora
book-move-hint = Conservará su hora actual hasta que la nueva quede reservada.
book-keep-time = Mantener mi hora actual
book-change-until = Puede cambiar o cancelar la cita en línea hasta el { $until }.
book-cancel = Cancelar la cita
book-offer-title = Una hora antes
book-offer-open = Ha quedado libre una hora
book-offer-moves = Su cita del { $when } pasa a esta hora: seguirá teniendo una sola cita.
book-offer-until = Se ha ofrecido a varios pacientes: se la queda quien la reserve primero. La oferta es válida hasta el { $until }.
book-offer-take = Reservar esta hora
book-offer-not-for-you = ¿No le viene bien? No haga nada: seguirá en la lista.
book-offer-yours = Es suya. Le hemos enviado los detalles por correo electrónico, con un enlace para cambiar o cancelar la cita.
book-offer-took = Ya reservó esta hora. El correo que le enviamos tiene un enlace para cambiar o cancelar la cita.
book-offer-taken = Esta hora ya está reservada
book-offer-taken-text = Lo sentimos, otro paciente ha reservado esta hora antes. Sigue en la lista: le avisaremos por correo cuando quede libre otra hora.
book-offer-closed = Esta oferta ha caducado
book-offer-closed-text = Esta oferta ya no es válida. Si sigue en la lista, le avisaremos por correo cuando quede libre otra hora.
book-offer-choose-another = Elegir otra hora en línea
book-offer-questions = ¿Tiene alguna pregunta? Llame a { $clinic } al { $phone }.
book-time-taken = Lo sentimos, otra persona acaba de reservar la hora del { $when }. Estas son las horas que siguen libres.
book-too-late = Ya no se puede cambiar esta cita en línea (hay que hacerlo con { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
    } de antelación). Por favor, llame a { $clinic } al { $phone }.
book-too-late-to-confirm = Esta cita ya no se puede confirmar en línea. Por favor, llame a { $clinic } al { $phone }.
book-refused-as-automated = No hemos podido aceptar esta reserva en línea. Espere un momento y vuelva a intentarlo, o llame a la clínica.
book-hold-expired = La hora que le guardábamos ha caducado, o este enlace no es correcto. Vuelva a elegir una hora en { $address }.
book-cannot-book-with-details = Esta hora no se puede reservar en línea con estos datos. Elija otra hora o llame a la clínica.
book-already-booked-then = Ya tiene una cita a esta hora. Elija otra hora o llame a la clínica.
book-offer-taken-error = Lo sentimos, otro paciente acaba de reservar esta hora. Sigue en la lista: le avisaremos por correo cuando quede libre otra hora.
book-offer-closed-error = Esta oferta ha caducado. Si sigue en la lista, le avisaremos por correo cuando quede libre otra hora.
book-offer-already-booked-then = Ya tiene una cita a esta hora. Llame a la clínica para cambiarla.
book-error-email-required = Indique su correo electrónico: allí le enviaremos la confirmación.
book-error-phone-required = Indique un teléfono al que la clínica pueda llamarle.
book-error-returning = Indique si ha venido antes a la clínica.

## Mensajes de los campos de formulario (en todas las páginas, también las de reserva).

field-enter = Indique { $what }.
field-too-long = Use como máximo { $max } caracteres.
field-control-characters = Elimine los caracteres de control.
field-phone = Indique un número de teléfono como 07700 900123 o +44 7700 900123.
field-date-of-birth-missing = Indique la fecha de nacimiento.
field-date-day-first = Indique una fecha como 07/03/1985 (día, mes, año).
field-date-month-first = Indique una fecha como 03/07/1985 (mes, día, año).
field-date-of-birth-future = La fecha de nacimiento no puede ser futura.
field-date-before-1900 = Revise el año: es anterior a 1900.
field-email-missing = Indique una dirección de correo electrónico.
field-email-too-long = Una dirección de correo electrónico tiene como máximo { $max } caracteres.
field-email-invalid = Indique una dirección de correo electrónico como nombre@ejemplo.com.
field-what-first-name = el nombre
field-what-last-name = los apellidos

## Errores que puede mostrar cualquier página.

error-unauthorized = Inicie sesión para continuar.
error-sign-in-failed = El correo electrónico o la contraseña no son correctos.
error-forbidden = No tiene permiso para hacer eso.
error-not-found = No se ha encontrado.
error-validation = Algunos campos necesitan su atención.
error-rate-limited = { $minutes ->
    [0] { $seconds ->
        [one] Demasiados intentos. Vuelva a intentarlo dentro de un segundo.
       *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
    }
    [one] Demasiados intentos. Vuelva a intentarlo dentro de un minuto.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minutos.
    }
error-unreachable = No se ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.
error-form-too-long = El formulario era demasiado largo.
error-internal = Algo ha fallado por nuestra parte (referencia { $id }).

## Correos electrónicos. Los marcadores son los de la plantilla ({ $appointment_date } se rellena al enviarlo).

email-greeting = Hola, { $patient_first_name }:
email-greeting-staff = Hola, { $staff_name }:
email-manage-intro = Para consultarla, cambiarla o cancelarla:
email-manage = Ver, cambiar o cancelar su cita
email-booked-subject = Su cita del { $appointment_date } a las { $appointment_time }
email-booked-body = Su cita de { $appointment_type } con { $provider } está reservada para el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-moved-subject = Su cita se ha cambiado al { $appointment_date } a las { $appointment_time }
email-moved-body = Su cita de { $appointment_type } con { $provider } es ahora el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-cancelled-subject = Su cita del { $appointment_date } está cancelada
email-cancelled-body = Su cita de { $appointment_type } del { $appointment_date } a las { $appointment_time } está cancelada.
email-cancelled-book-again = Para pedir una nueva cita, llame a { $clinic_name } al { $clinic_phone }.
email-reminder-subject = Recordatorio: { $appointment_type } el { $appointment_date } a las { $appointment_time }
email-reminder-body = Le recordamos su cita de { $appointment_type } con { $provider } el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-reminder-question = ¿Vendrá a la cita?
email-reminder-confirm = Sí, asistiré
email-reminder-confirm-intro = ¿Vendrá? Confírmelo:
email-reminder-move = Cambiarla
email-reminder-move-intro = Para cambiarla:
email-reminder-cancel = Cancelarla
email-reminder-cancel-intro = Para cancelarla:
email-recall-subject = Es hora de pedir su cita de { $recall_kind } en { $clinic_name }
email-recall-body = Su próxima cita de { $recall_kind } en { $clinic_name } corresponde el { $due_date }.
email-recall-choose = Elija la hora que mejor le venga
email-recall-choose-intro = Elija la hora que mejor le venga:
email-recall-call = O llámenos al { $clinic_phone }.
email-offer-subject = Una hora antes: { $appointment_type } el { $appointment_date } a las { $appointment_time }
email-offer-body = Ha quedado libre una hora en { $clinic_name }: { $appointment_type } con { $provider } el { $appointment_date } a las { $appointment_time } (hora de { $time_zone }).
email-offer-first-come = La hemos ofrecido a varios pacientes de nuestra lista de espera; se la queda quien la reserve primero.
email-offer-take = Reservar esta hora
email-offer-take-intro = Para aceptarla:
email-offer-until = La oferta es válida hasta el { $offer_expires }.
email-offer-moves = Si ya tiene una cita posterior de este tipo, pasará a esta hora. ¿No le viene bien? No haga nada: seguirá en la lista.
email-invitation-subject = Su cuenta de Chairside en { $clinic_name }
email-invitation-body = Se le ha creado una cuenta en { $clinic_name }.
email-invitation-choose = Elija su contraseña
email-invitation-choose-intro = Elija aquí su contraseña:
email-invitation-once = El enlace solo funciona una vez, hasta el { $expires }.
email-calendar-title = { $appointment_type } en { $clinic }
email-calendar-with = Con { $provider }
field-language = Elija uno de los idiomas disponibles.

## Comunes a las páginas del personal.

common-loading = Cargando…

## La cuenta.

account-language-title = Idioma
account-language-legend = El idioma en que se muestra Chairside
account-language-browser = El idioma de mi navegador
account-language-save = Guardar
account-language-saved = Guardado: Chairside se muestra ahora en el idioma elegido.
account-sessions-title = Sus sesiones
account-sessions-intro = Todos los lugares donde ha iniciado sesión. Si no reconoce una sesión, ciérrela y después cambie su contraseña.
account-sessions-change-password = Cambiar su contraseña
account-sessions-loading = Cargando sus sesiones…
account-sessions-sign-out-others = Cerrar todas las demás sesiones
account-sessions-none-other = No había otras sesiones.
account-sessions-signed-out-others = { $count ->
    [one] Se cerró otra sesión.
   *[other] Se cerraron otras { $count } sesiones.
    }
account-sessions-end = Cerrar
account-sessions-end-label = Cerrar la sesión en { $device }
account-sessions-this-device = Este dispositivo
account-sessions-ip-unknown = desconocida
account-device-on = { $browser } en { $system }
account-device-unknown = Dispositivo desconocido
account-device-other = Otro navegador o programa
account-password-title = Cambiar la contraseña
account-password-intro = Use al menos { $min } caracteres; unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar. Se cerrarán sus demás sesiones.
account-password-changed = Su contraseña se ha cambiado y sus demás sesiones se han cerrado.
account-password-current = Contraseña actual
account-password-new = Contraseña nueva
account-password-again = Contraseña nueva, otra vez
account-password-strength = Seguridad: { $strength }
account-welcome-title = Bienvenida
account-welcome-heading = Bienvenido a Chairside
account-welcome-set = Su contraseña está establecida.
account-welcome-intro = Elija la contraseña de su cuenta: al menos { $min } caracteres; unas cuantas palabras sin relación entre sí forman una segura y fácil de recordar.
account-welcome-password = Contraseña
account-welcome-again = Contraseña, otra vez
account-welcome-submit = Establecer mi contraseña
field-region = Indique las dos letras de un país, como GB o US.
field-week-starts = Elija el primer día de la semana.

## Configuración.

setup-clinic-language = Idioma predeterminado
setup-clinic-language-hint = Los correos a los pacientes se envían en su propio idioma; este es para los pacientes cuyo idioma no se conoce.
setup-clinic-region = Región
setup-clinic-region-hint = Las dos letras del país, como GB o US: las fechas, horas y números se escriben según su uso (en EE. UU., por ejemplo, con el reloj de 12 horas).
setup-clinic-week-starts = La semana empieza el

## El calendario y Mi día.

calendar-week-of = Semana del { $day }
my-day-today = Hoy, { $day }

## Todas las páginas: la cabecera, las páginas que solo muestran un aviso.

site-description = Chairside: agenda y fichas de pacientes para grupos de clínicas dentales.
site-footer = Chairside · citas e historias clínicas para grupos dentales
site-skip = Saltar al contenido
site-main-nav = Principal
site-home = Inicio
site-book-online = Pedir cita en línea
site-sign-in = Iniciar sesión
site-go-home = Ir a la página de inicio
site-not-found = Página no encontrada
site-not-found-text = No hay nada en esta dirección. Puede que se haya trasladado o que el enlace esté mal escrito.
site-error = Algo ha fallado
site-error-text = No se ha podido mostrar esta página. No se ha perdido nada de lo que ha introducido; vuelva a intentarlo.
site-forbidden = Sin acceso
site-forbidden-text = Su rol no incluye esta parte de Chairside. Si la necesita, pídasela a un administrador de su clínica.
site-record-not-found = No encontrado
site-record-not-found-text = Este registro no existe o pertenece a una clínica en la que no trabaja. Compruebe el enlace o vuelva a buscarlo.

## Las áreas de la aplicación del personal, los roles, el inicio de sesión.

nav-calendar = Agenda
nav-my-day = Mi día
nav-patients = Pacientes
nav-recall = Revisiones
nav-asap = Lista de espera
nav-setup = Configuración
nav-staff = Personal
nav-outbox = Bandeja de salida
nav-audit = Registro de auditoría
nav-reports = Informes
role-admin = Administrador
role-dentist = Dentista
role-hygienist = Higienista
role-receptionist = Recepcionista
auth-sign-in-intro = El personal de la clínica inicia sesión con su correo electrónico de trabajo.
auth-email = Correo electrónico
auth-password = Contraseña
auth-enter-password = Introduzca su contraseña.
auth-sign-out = Cerrar sesión

## The calendar, its dialogs, My day, confirmations, series, affected appointments, the keys.

## La agenda (src/scheduling/pages/calendar.rs).

sched-calendar-title = Agenda
sched-calendar-loading = Cargando la agenda…
sched-calendar-zone = { $clinic } · horas de { $zone }
sched-calendar-confirmations = Confirmaciones por llamar
sched-clinic-nav = Clínica
sched-layout-providers = Día por profesional
sched-layout-chairs = Día por sillón
sched-layout-week = Semana
sched-provider = Profesional
sched-calendar-show = Mostrar
sched-calendar-layout-nav = Vista
sched-dates-nav = Fechas
sched-calendar-previous = ‹ Anterior
sched-today = Hoy
sched-calendar-next = Siguiente ›
sched-date = Fecha
sched-go = Ir
sched-released = Canceladas y ausencias
sched-possible-match = Reservada como paciente nuevo; podría ser { $patient }.
sched-review-and-merge = Revisar y fusionar
sched-not-the-same-person = No es la misma persona
sched-new-online = { $count ->
    [one] { $count } reserva en línea nueva
   *[other] { $count } reservas en línea nuevas
    }
sched-mark-as-seen = Marcar como vistas

## La cuadrícula de la agenda (grid.rs).

sched-grid-no-chairs = Esta clínica aún no tiene sillones.
sched-held-online = Reservado para un paciente que reserva en línea
sched-no-chair = Sin sillón
sched-grid-no-providers = Esta clínica aún no tiene profesionales.
sched-grid-open-setup = Abrir la configuración de la clínica
sched-grid-no-appointments = No hay citas en este periodo.
sched-grid-book-with = Reservar con { $name }
sched-grid-new-online = Nueva en línea
sched-grid-online = En línea

## El diálogo de una cita (appointment_dialog.rs).

sched-appointment = Cita
sched-appointment-not-shown = Esta cita no está en el periodo mostrado. Puede que se haya cambiado: búsquela en la página del paciente.
sched-appointment-changed-elsewhere = Otra persona acaba de modificar esta cita. Cierre el diálogo para verla tal como está; no se ha enviado nada de lo que escribió aquí.
sched-alerts-and-allergies = Alertas y alergias
sched-patient = Paciente
sched-number-and-age = { $number } · { $age ->
        [one] { $age } año
       *[other] { $age } años
    }
sched-when = Cuándo
sched-type = Tipo
sched-chair = Sillón
sched-chair-none = Ninguno
sched-status = Estado
sched-booked-online = reservada en línea
sched-notes = Notas
sched-book-follow-ups = Reservar citas de seguimiento como esta…
sched-close = Cerrar
sched-move = Cambiar
sched-move-new-start = Nuevo inicio
sched-any-free-chair = Cualquier sillón libre (si el tipo lo necesita)
sched-move-appointment = Cambiar la cita
sched-cancel = Cancelar
sched-cancel-reason = Motivo
sched-cancel-choose-reason = Elija un motivo
sched-cancel-details = Detalles
sched-cancel-details-placeholder = El paciente llamó: gripe
sched-cancel-details-hint = Obligatorio si el motivo es «Otro».
sched-cancel-appointment = Cancelar la cita

## El diálogo de reserva (booking_dialog.rs).

sched-book-title = Reservar una cita
sched-book-search-placeholder = Nombre, teléfono, correo, fecha de nacimiento o número P
sched-book-search = Buscar
sched-book-searching = Buscando…
sched-book-search-first = Busque al paciente para el que desea reservar.
sched-book-no-match = Ningún paciente coincide.
sched-book-no-match-add = Añada primero un paciente nuevo
sched-book-no-match-then = y luego reserve.
sched-book-has-alerts = Tiene alertas o alergias
sched-book-born = nacido el { $date }
sched-book-patients-found = Pacientes encontrados
sched-book-ends-at = Termina a las { $time }.
sched-book-type = { $name } ({ $minutes } min)
sched-book-type-not-by-provider = { $name } ({ $minutes } min, no lo realiza este profesional)
sched-book-loading-patient = Cargando el paciente…
sched-book-another-patient = Elegir otro paciente
sched-book-appointment-type = Tipo de cita
sched-book-starts = Inicio
sched-book-submit = Reservar la cita

## Mientras llega el código de un diálogo (lazy_dialog.rs).

sched-opening-label = Abriendo
sched-opening = Abriendo…

## Citas en una ausencia (affected.rs).

sched-affected-title = Citas en una ausencia
sched-finding-appointments = Buscando las citas…
sched-affected-done = Hecho: { $moved } cambiadas, { $cancelled } canceladas, { $kept } mantenidas.
sched-affected-none = Ya no hay ninguna cita reservada en este periodo.
sched-affected-back = Volver a las ausencias
sched-affected-move-to = Cambiar a { $time }
sched-type-with-provider = { $kind } con { $provider }
sched-affected-what-to-do = Qué hacer con la cita de { $patient }
sched-affected-keep = Mantener como está
sched-affected-apply = Aplicar estas opciones
sched-affected-cancel-all = Cancelar las { $count }…
sched-affected-cancel-all-confirm = { $count ->
    [one] ¿Cancelar { $count } cita? Se registra como cancelada porque { $whose } no está disponible.
   *[other] ¿Cancelar las { $count } citas? Cada una se registra como cancelada porque { $whose } no está disponible.
    }
sched-affected-cancel-them-all = Cancelarlas todas

## Confirmaciones por llamar (confirmations.rs).

sched-confirm-title = Confirmaciones
sched-confirm-recorded = Registrado.
sched-confirm-no-working-day = La clínica no tiene ningún día laborable en las próximas dos semanas.
sched-confirm-day = { $day } · { $count } por confirmar
sched-confirm-all-confirmed = Todas las citas de este día están confirmadas.
sched-confirm-record-call = Registrar una llamada
sched-confirm-time = Hora
sched-confirm-phone = Teléfono
sched-confirm-last-call = Última llamada
sched-confirm-truncated = Solo se muestran las 500 primeras.
sched-confirm-lead = { $clinic }: citas de los dos próximos días laborables que el paciente aún no ha confirmado. Llame a cada uno y registre el resultado.
sched-back-to-calendar = Volver a la agenda
sched-confirm-no-phone = Sin teléfono
sched-confirm-outcome-label = Resultado de la llamada a { $patient }
sched-confirm-what-happened = ¿Qué ocurrió?
sched-confirm-note-label = Nota sobre la llamada a { $patient }
sched-confirm-note-placeholder = Nota (opcional)
sched-confirm-record = Registrar
sched-confirm-not-called = Sin llamar todavía
sched-outcome-confirmed = Vendrá (confirmarla)
sched-outcome-left-message = Se dejó un mensaje
sched-outcome-no-answer = No contesta
sched-outcome-wrong-number = Número equivocado
sched-outcome-emailed = Recordatorio por correo (enviarlo)

## Reservar una serie (series.rs).

sched-series-title = Reservar una serie
sched-series-checking = Comprobando cada fecha…
sched-series-first = Primera cita
sched-series-every = Cada
sched-series-unit = Unidad
sched-series-weeks = semanas
sched-series-months = meses
sched-series-count = Citas
sched-series-check = Comprobar las fechas
sched-series-free = Libre
sched-series-no-free-time = Este profesional no tiene horas libres ese día: cambie la primera fecha o la frecuencia.
sched-series-taken = Ocupada
sched-series-instead = Reservar en su lugar a las
sched-series-book = { $count ->
    [one] Reservar { $count } cita
   *[other] Reservar { $count } citas
    }

## Mi día (my_day.rs).

sched-my-day-title = Mi día
sched-my-day-loading = Cargando su día…
sched-my-day-not-linked = Su cuenta no está vinculada a ningún profesional, así que no hay agenda que mostrar.
sched-my-day-not-linked-help = Un administrador vincula las cuentas con los profesionales en las páginas de configuración de la clínica. Mientras tanto, la
sched-my-day-not-linked-calendar = agenda
sched-my-day-not-linked-after = muestra toda la clínica.
sched-my-day-previous = ‹ Día anterior
sched-my-day-next = Día siguiente ›
sched-my-day-feed = Sus citas en el calendario de su teléfono
sched-my-day-released-row = { $time } · { $patient } · { $kind } ({ $status ->
        [no_show] no acudió
       *[other] cancelada
    })
sched-my-day-count = { $count ->
    [0] No hay citas.
    [one] { $count } cita.
   *[other] { $count } citas.
    }
sched-my-day-notes-to-sign = Notas pendientes de su firma
sched-my-day-no-alerts = Sin alertas ni alergias.
sched-my-day-next-patient = Siguiente paciente
sched-age-and-number = { $age ->
        [one] { $age } año
       *[other] { $age } años
    } · { $number }
sched-my-day-last-note = Última nota ({ $when }, { $kind }, { $provider }):
sched-my-day-note-missing = Escribir la nota clínica
sched-my-day-note-draft = Nota clínica (borrador)
sched-my-day-note-signed = Nota clínica (firmada)
sched-my-day-alerts-for = Alertas de { $patient }

## Estados de una cita y los botones que los cambian (mod.rs).

sched-status-held = Retenida
sched-status-scheduled = Programada
sched-status-confirmed = Confirmada
sched-status-arrived = Llegó
sched-status-in-chair = En el sillón
sched-status-completed = Realizada
sched-status-cancelled = Cancelada
sched-status-no-show = No acudió
sched-mark-held = Marcar como retenida
sched-mark-scheduled = Marcar como programada
sched-mark-confirmed = Marcar como confirmada
sched-mark-arrived = Marcar llegada
sched-mark-in-chair = Marcar en el sillón
sched-mark-completed = Marcar como realizada
sched-mark-cancelled = Marcar como cancelada
sched-mark-no-show = Marcar ausencia

## La ayuda del teclado (src/ui/keys.rs).

sched-keys-title = Teclado
sched-keys-everywhere = En todas partes
sched-keys-on-calendar = En la agenda
sched-keys-hint = Las teclas funcionan cuando ningún campo tiene el foco. Tab e Intro llegan a todo como siempre.
sched-keys-find-patient = Buscar un paciente
sched-keys-this-list = Esta lista
sched-keys-close = Cerrar un diálogo o esta lista
sched-keys-days = Día siguiente / anterior (semana en la vista semanal)
sched-keys-today = Hoy
sched-keys-next-layout = La vista siguiente
sched-keys-go-to-date = Ir a una fecha
sched-keys-book-link = El enlace Reservar de la primera columna (Intro abre el diálogo de reserva)
sched-keys-appointments = Cita siguiente / anterior (Intro la abre)
sched-keys-columns = La columna contigua
sched-keys-within-column = Por las citas de la columna

## Patients, their documents and clinical notes.

## Las páginas de pacientes (/patients, una ficha, su edición, la fusión, citar desde ella), los
## documentos y la cronología clínica de una ficha, las notas clínicas y las plantillas de notas.

patient-date-short = { $order ->
    [mdy] { $day_month } { $year }
   *[other] { $day_month } { $year }
    }
patient-date-full = { $order ->
    [mdy] { $day } de { $month } de { $year }
   *[other] { $day } de { $month } de { $year }
    }

## Búsqueda.

patient-patients = Pacientes
patient-search-label = Buscar un paciente
patient-search-hint = Un nombre (no hace falta escribirlo exactamente), un teléfono, un correo electrónico, una fecha de nacimiento o un número de paciente.
patient-search-button = Buscar
patient-search-include-archived = Incluir pacientes archivados
patient-search-searching = Buscando…
patient-search-clinic = Clínica
patient-search-new = Nuevo paciente
patient-search-of = Pacientes de { $clinic }
patient-search-by-name = Encontrados por nombre en { $clinic }
patient-search-by-phone = Encontrados por teléfono en { $clinic }
patient-search-by-email = Encontrados por correo electrónico en { $clinic }
patient-search-by-birth-date = Encontrados por fecha de nacimiento en { $clinic }
patient-search-by-number = Encontrados por número de paciente en { $clinic }
patient-search-none = No se ha encontrado ningún paciente. Revise la ortografía o busque por teléfono o por fecha de nacimiento.
patient-search-alerts = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
    }
patient-archived = Archivado
patient-book-appointment = Dar cita
patient-search-book-for = a { $name }
patient-search-previous = Anterior
patient-search-next = Siguiente
patient-search-pages = Páginas de resultados

## Los formularios de paciente nuevo y de edición.

patient-date-shape = Indique una fecha como 07/03/1985.
patient-sex-female = Mujer
patient-sex-male = Hombre
patient-sex-other = Otro
patient-sex-not-recorded = Sin indicar
patient-contact-sms = SMS
patient-contact-email = Correo electrónico
patient-contact-post = Correo postal
patient-contact-phone = Llamada telefónica
patient-date-hint-day-first = Día, mes, año: 07/03/1985.
patient-date-hint-month-first = Mes, día, año: 03/07/1985.
patient-form-name-and-birth = Nombre y fecha de nacimiento
patient-field-first-name = Nombre
patient-field-last-name = Apellidos
patient-field-preferred-name = Nombre preferido
patient-field-date-of-birth = Fecha de nacimiento
patient-field-sex = Sexo
patient-form-contact = Contacto
patient-field-mobile-phone = Teléfono móvil
patient-field-home-phone = Teléfono fijo
patient-field-email = Correo electrónico
patient-field-postal-address = Dirección postal
patient-field-preferred-contact = Contacto preferido
patient-field-language = Idioma de los correos
patient-field-language-hint = Las confirmaciones y los recordatorios se envían en este idioma. Al pedir cita en línea se guarda el idioma en que el paciente reservó.
patient-language-clinics = El idioma de la clínica
patient-field-email-reminders = Acepta recordatorios por correo electrónico
patient-form-emergency-and-notes = Contacto de emergencia y notas
patient-field-emergency-contact = Contacto de emergencia
patient-field-their-phone = Su teléfono
patient-field-notes = Notas
patient-new-title = Nuevo paciente
patient-new-for = Para { $clinic }.
patient-new-different-person = Es otra persona: crear una ficha nueva
patient-new-create = Crear el paciente
patient-loading-record = Cargando la ficha…
patient-edit-title = Editar { $name }
patient-edit-save = Guardar la ficha
patient-cancel = Cancelar

## La ficha.

patient-restore = Restaurar
patient-archive-ask = Archivar…
patient-archive-question = ¿Archivar esta ficha? No aparecerá en las búsquedas salvo que se incluyan los pacientes archivados; no se elimina nada.
patient-archive = Archivar
patient-merge-ask = Fusionar…
patient-edit-details = Editar datos
patient-merged-into = Esta ficha se fusionó con
patient-merged-into-link = otra ficha
patient-merged-into-end = ; se conserva como referencia.
patient-alert-kind = { $kind }:
patient-medical-alerts = Alertas médicas
patient-number = Número de paciente
patient-born = { $age ->
    [one] { $date } ({ $age } año)
   *[other] { $date } ({ $age } años)
    }
patient-mobile = Móvil
patient-address = Dirección
patient-email-reminders = Recordatorios por correo electrónico
patient-yes = Sí
patient-no = No
patient-created = Creada
patient-last-changed = Último cambio
patient-medical-resolve = Resolver
patient-medical-reactivate = Reactivar
patient-edit = Editar
patient-medical-current = Vigente
patient-medical-resolved = Resuelto
patient-medical-none = No hay antecedentes médicos registrados.
patient-change-was = (antes: { $before })
patient-medical-history = Antecedentes médicos
patient-change-log = Registro de cambios ({ $count })
patient-severity-mild = Leve
patient-severity-moderate = Moderada
patient-severity-severe = Grave
patient-medical-add-title = Añadir a los antecedentes médicos
patient-saved = Guardado.
patient-medical-kind = Tipo
patient-medical-what = Qué
patient-medical-what-hint = Por ejemplo: penicilina, diabetes tipo 2, warfarina, premedicación necesaria.
patient-medical-severity = Gravedad (alergias)
patient-medical-details = Detalles
patient-medical-save = Guardar la entrada
patient-medical-add = Añadir la entrada
patient-medical-done = Hecho
patient-appointments = Citas
patient-appointments-none = No hay citas.
patient-appointment-online = En línea
patient-medical-kind-alert = Alerta
patient-medical-kind-allergy = Alergia
patient-medical-kind-condition = Enfermedad
patient-medical-kind-medication = Medicación
patient-severity-value = { $severity ->
    [mild] leve
    [moderate] moderada
    [severe] grave
   *[unknown] { $severity }
    }
patient-sex-value = { $sex ->
    [female] mujer
    [male] hombre
    [other] otro
   *[unknown] { $sex }
    }

## Dar cita desde el paciente.

patient-book-title = Dar una cita
patient-book-finding = Buscando horas libres…
patient-book-time = Citar { $time }
patient-book-for = Dar una cita a { $patient }
patient-book-type = Tipo de cita
patient-book-show = Ver horas libres
patient-book-none = { $days ->
    [one] No hay horas libres para este tipo en el próximo día. Pruebe con otro tipo o consulte la agenda.
   *[other] No hay horas libres para este tipo en los próximos { $days } días. Pruebe con otro tipo o consulte la agenda.
    }
patient-book-next = Próximas horas libres
patient-book-free-times = Horas libres
patient-book-back = Volver al paciente

## Fusionar dos fichas.

patient-contact-value = { $contact ->
    [phone] teléfono
    [sms] SMS
    [email] correo electrónico
    [post] correo postal
   *[unknown] { $contact }
    }
patient-merge-emergency-phone = Teléfono del contacto de emergencia
patient-merge-title = Fusionar fichas
patient-merge-heading = Fusionar dos fichas de una misma persona
patient-merge-intro = Se conserva la ficha desde la que ha llegado. Para cada campo, elija el valor que desea conservar; los antecedentes médicos y las citas de la otra ficha pasan a la ficha conservada, y la otra ficha se archiva. No se pueden fusionar fichas que tengan citas en horarios que se solapan.
patient-merge-other-number = Número de paciente de la otra ficha
patient-merge-compare = Comparar
patient-merge-loading = Cargando las fichas…
patient-merge-surviving = Ficha que se conserva:
patient-merge-keep = Conservar: { $name } ({ $number })
patient-merge-from = De: { $name } ({ $number })
patient-merge-understand = Entiendo que la fusión no se puede deshacer y que { $number } se archivará.
patient-merge-caption = Elija el valor que desea conservar para cada campo
patient-merge-field = Campo
patient-merge-moves = { $count ->
    [one] { $count } entrada de los antecedentes médicos pasará a la ficha conservada.
   *[other] { $count } entradas de los antecedentes médicos pasarán a la ficha conservada.
    }
patient-merge-submit = Fusionar las fichas

## La cronología clínica.

patient-timeline-none = Todavía no hay notas clínicas ni documentos.
patient-timeline-title = Notas clínicas y documentos
patient-timeline-addenda = { $count ->
    [one] { $count } adenda
   *[other] { $count } adendas
    }

## Documentos.

patient-document-category-xray = Radiografía
patient-document-category-consent = Consentimiento informado
patient-document-category-referral = Carta de derivación
patient-document-category-insurance = Seguro
patient-document-category-other = Otro
patient-document-kind-jpeg = Imagen JPEG
patient-document-kind-png = Imagen PNG
patient-document-kind-pdf = PDF
patient-document-kind-dicom = DICOM
patient-upload-done = Se ha añadido el documento.
patient-upload-too-large = El archivo es demasiado grande: el tamaño máximo de un documento lo fija la clínica (50 MB si no se ha cambiado). No se ha guardado nada.
patient-upload-not-accepted = El archivo no es una imagen JPEG o PNG, un PDF ni un archivo DICOM (según su contenido, no su nombre). No se ha guardado nada.
patient-upload-incomplete = El formulario estaba incompleto: elija una categoría y un archivo. No se ha guardado nada.
patient-document-purged = Se ha eliminado definitivamente el documento. El registro de auditoría conserva qué era, quién lo eliminó y por qué.
patient-documents-none = Todavía no hay documentos.
patient-documents = Documentos
patient-document-thumbnail = Miniatura de { $name }
patient-document-view = Ver
patient-document-purge-ask = Eliminar definitivamente…
patient-document-purge-explained = La eliminación definitiva borra este documento para siempre (también su archivo, salvo que otro documento de la clínica sea el mismo archivo). No se puede deshacer. El registro de auditoría conserva qué era, quién lo eliminó y por qué; las copias de seguridad anteriores lo conservan hasta que caducan.
patient-document-purge-reason = Motivo de la eliminación (de 10 a 500 caracteres)
patient-document-purge-understand = Entiendo que no se puede deshacer
patient-document-purge = Eliminar definitivamente
patient-document-taken = tomado el { $date }
patient-document-added = Añadido: { $when }
patient-document-download = Descargar
patient-upload-unreachable = No se ha podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo; no se ha guardado nada.
patient-upload-progress = Progreso de la subida
patient-upload-uploading = Subiendo… { $percent } %
patient-upload-saving = Subido, guardando…
patient-upload-title = Añadir un documento
patient-upload-hint = Suelte un archivo aquí o elija uno.
patient-upload-file = Archivo (JPEG, PNG, PDF o DICOM)
patient-upload-dropped = Archivo soltado:
patient-upload-category = Categoría
patient-upload-taken-on = Fecha de la toma (opcional)
patient-upload-note = Nota (opcional)
patient-upload-submit = Subir
patient-upload-too-large-here = El archivo es demasiado grande para esta clínica. No se ha guardado nada.
patient-upload-failed = La subida ha fallado. No se ha guardado nada.

## Notas clínicas.

patient-note-state-missing = Sin nota todavía
patient-note-state-draft = Nota en borrador
patient-note-state-signed = Nota firmada
patient-note-title = Nota clínica
patient-note-loading = Cargando la nota…
patient-note-heading = Nota clínica: { $patient }
patient-note-my-day = Mi día
patient-note-template = Empezar con una plantilla
patient-note-use-template = Usar sus apartados
patient-note-sign-ask = Firmar…
patient-note-sign-question = ¿Firmar esta nota tal como está guardada? Una nota firmada no se puede modificar; las correcciones posteriores se añaden como adendas.
patient-note-sign = Firmar la nota
patient-note-provider-signs = { $provider } firma esta nota: es su cita.
patient-note-last-saved = Guardada por última vez: { $when }.
patient-note-draft-saved = Borrador guardado.
patient-note-body = Nota
patient-note-save = Guardar el borrador
patient-note-addendum-written = Adenda, { $when }
patient-note-signed = Firmada: { $when }.
patient-note-addenda = Adendas
patient-note-addenda-none = Ninguna.
patient-note-addendum = Añadir una adenda
patient-note-add-addendum = Añadir la adenda

## Configuración: plantillas de notas.

patient-templates-loading = Cargando las plantillas de notas…
patient-templates-none = Todavía no hay plantillas de notas.
patient-templates-unsigned-listed = { $days ->
    [one] Una nota que no se firma en { $days } día aparece en «Mi día» de su profesional.
   *[other] Una nota que no se firma en { $days } días aparece en «Mi día» de su profesional.
    }
patient-template-retire = Retirar
patient-template-use-again = Volver a usar
patient-template-retired = Retirada
patient-template-add-title = Añadir una plantilla
patient-template-added = Plantilla añadida.
patient-template-name = Nombre
patient-template-name-hint = p. ej., Revisión, Extracción.
patient-template-prompts = Apartados
patient-template-prompts-hint = Uno por línea, p. ej., Motivo:, Exploración:, Tratamiento:, Recomendaciones:.
patient-template-add = Añadir la plantilla
patient-templates-unsigned = Notas sin firmar
patient-templates-days = Días que una nota puede esperar su firma
patient-templates-save = Guardar

## Aún sin usar: el título y las columnas de DataTable.


## Set-up, emails and staff.

## Set-up: the frame, the tabs and the list of clinics.

setup-section-clinic = Clínica
setup-section-chairs = Sillones
setup-section-providers = Profesionales
setup-section-time-off = Ausencias
setup-section-types = Tipos de cita
setup-section-cancel-reasons = Motivos de cancelación
setup-section-notes = Notas clínicas
setup-section-emails = Correos
setup-section-webhooks = Webhooks
setup-section-api = Claves de API
setup-title = Configuración
setup-sections = Secciones de la configuración
setup-read-only = Puede ver la configuración de esta clínica; solo un administrador puede modificarla.
setup-home-intro = Clínicas, sillones, profesionales y sus horarios, ausencias y tipos de cita.
setup-home-loading = Cargando sus clínicas…
setup-home-no-clinics = Todavía no pertenece a ninguna clínica. Pida a un administrador que le añada.
setup-active = Activo
setup-inactive = Inactivo
setup-deactivate-more = Desactivar…
setup-deactivate = Desactivar
setup-reactivate = Reactivar

## Set-up: the clinic.

setup-feed-none = Solo el tipo de cita
setup-feed-initials = Iniciales (A. W.)
setup-feed-name = Nombre completo
setup-clinic-loading = Cargando la clínica…
setup-name = Nombre
setup-clinic-time-zone = Zona horaria
setup-clinic-address = Dirección
setup-clinic-phone = Teléfono
setup-clinic-email = Correo electrónico
setup-clinic-calling-code = Prefijo telefónico del país
setup-clinic-currency = Moneda
setup-clinic-booking-address = Dirección de reserva en línea
setup-clinic-slot-step = Intervalo de horarios
setup-clinic-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
    }
setup-clinic-min-notice = Antelación mínima para reservar en línea
setup-clinic-horizon = Horizonte de reserva
setup-clinic-days-ahead = { $days ->
    [one] { $days } día por delante
   *[other] { $days } días por delante
    }
setup-clinic-cancel-notice = Los pacientes pueden cancelar en línea hasta
# $hours is a number, or a list of them ("48 y 2").
setup-clinic-hours-before = { $hours ->
    [one] { $hours } hora antes
   *[other] { $hours } horas antes
    }
setup-clinic-reminders = Recordatorios por correo
setup-none = Ninguno
setup-clinic-and = y
setup-clinic-recall-emails = Correos de revisión
setup-clinic-recall-before = { $before ->
    [one] { $before } día antes de la fecha prevista
   *[other] { $before } días antes de la fecha prevista
    }
setup-clinic-recall-before-again = { $before ->
    [one] { $before } día
   *[other] { $before } días
    } antes de la fecha prevista, y de nuevo { $again ->
    [one] { $again } día
   *[other] { $again } días
    } después si no ha reservado
setup-clinic-feed = Los calendarios suscritos muestran a los pacientes como
setup-clinic-saved = Los datos de la clínica se han guardado.
setup-clinic-legend = La clínica
setup-clinic-what-name = el nombre de la clínica
setup-clinic-slug-hint = Palabras en minúsculas unidas por guiones; los pacientes reservan en /book/esta-direccion.
setup-clinic-time-zone-hint = Escriba para buscar, por ejemplo Madrid o New_York. Los horarios y las citas están en esta zona.
setup-clinic-calling-code-hint = Con él se leen los números de teléfono locales de los pacientes: 34 en España, 1 en Norteamérica.
setup-clinic-currency-hint = Las tarifas de los tipos de cita se expresan en ella. Las citas conservan la moneda en la que se reservaron.
setup-clinic-policy = Política de reservas
setup-clinic-slot-step-label = Intervalo de horarios (minutos)
setup-clinic-slot-step-hint = La cuadrícula de horas de inicio ofrecidas: de 5 a 60 minutos.
setup-clinic-min-notice-label = Antelación mínima para reservar en línea (minutos)
setup-clinic-horizon-label = Horizonte de reserva (días por delante)
setup-clinic-cancel-notice-label = Los pacientes pueden cancelar en línea hasta (horas antes)
setup-clinic-reminders-label = Recordatorios por correo (horas antes de la cita)
setup-clinic-reminders-hint = Hasta cuatro, separados por comas, como 48, 2. Vacío: sin recordatorios.
setup-clinic-recall-before-label = Correos de revisión (días antes de la fecha prevista)
setup-clinic-recall-before-hint = A los pacientes que aceptaron recordatorios por correo. Vacío: sin correos de revisión.
setup-clinic-recall-again-label = De nuevo si no ha reservado tras (días)
setup-clinic-recall-again-hint = Vacío: solo el primer correo.
setup-clinic-feed-label = Los calendarios suscritos de los profesionales muestran a los pacientes como
setup-clinic-feed-hint = Los calendarios de los teléfonos los ven otras personas y se guardan en servidores de otras empresas.
setup-clinic-save = Guardar la clínica

## Set-up: chairs.

setup-chairs-loading = Cargando sillones…
setup-chairs-deactivate-question = ¿Desactivar { $name }? Dejará de ofrecerse para las citas.
setup-edit = Editar
setup-chairs-none = Todavía no hay sillones.
setup-edit-name = Editar { $name }
setup-chairs-add-heading = Añadir un sillón
setup-saved = Guardado.
setup-chairs-order = Orden en la agenda
setup-order-hint = Los números más bajos van primero.
setup-chairs-save = Guardar el sillón
setup-chairs-add = Añadir el sillón
setup-done = Listo

## Set-up: providers.

setup-provider-kind-dentist = Dentista
setup-provider-kind-hygienist = Higienista
setup-providers-loading = Cargando profesionales…
# Read after a button's word by screen readers: "Hours" + " of Dr Sam Patel".
setup-of-name = {" "}de { $name }
setup-providers-deactivate-question = ¿Desactivar a { $name }? Dejará de ofrecerse para nuevas citas; su horario se conserva en el registro.
setup-providers-hours = Horario
setup-providers-none = Todavía no hay profesionales.
setup-providers-add-heading = Añadir un profesional
setup-providers-no-staff-account = Sin cuenta de personal
setup-providers-kind = Tipo
setup-colour = Color en la agenda
setup-providers-staff-account = Cuenta de personal
setup-providers-staff-hint = Vincula al profesional con el acceso de un dentista o higienista, para su propia vista del día.
setup-providers-save = Guardar el profesional
setup-providers-add = Añadir el profesional

## Set-up: a provider's working hours.

setup-hours-loading = Cargando horarios…
setup-hours-title = Horario de trabajo
setup-hours-show-week = Mostrar la semana vigente el
setup-show = Mostrar
setup-hours-not-working = No trabaja
setup-hours-week = La semana de un vistazo
setup-hours-scale = Las barras van de { $first } (arriba) a { $last } (abajo).
setup-hours-none = No hay horario registrado a partir de hoy. Añada un turno más abajo.
setup-hours-valid-until = { $from } a { $until }
setup-hours-valid-from = desde { $from }
setup-hours-any = Cualquiera
setup-hours-all-on-record = Todo el horario registrado a partir de hoy
setup-hours-any-chair = Cualquier sillón
setup-hours-row-day = Día, fila { $row }
setup-hours-row-starts = Inicio, fila { $row }
setup-hours-what-start = una hora de inicio
setup-hours-row-ends = Fin, fila { $row }
setup-hours-what-end = una hora de fin
setup-hours-row-chair = Sillón, fila { $row }
setup-hours-new-rota = Establecer un nuevo turno
setup-hours-new-rota-intro = El turno siguiente se aplica desde su primer día (y hasta su último día, si se indica); las semanas anteriores conservan su horario. Para quitar un intervalo, borre sus horas. Las filas vacías se ignoran.
setup-hours-saved = El nuevo turno se ha guardado.
setup-first-day = Primer día
setup-what-first-day = el primer día
setup-hours-last-day-optional = Último día (opcional)
setup-hours-last-day-hint = Déjelo vacío para mantener el turno hasta que se cambie.
setup-what-last-day = el último día
setup-hours-save = Guardar el turno

## Set-up: time off.

setup-time-off-loading = Cargando ausencias…
setup-time-off-remove-question = ¿Eliminar «{ $reason }» ({ $from } a { $until })?
setup-time-off-whole-clinic = Toda la clínica
setup-time-off-remove-more = Eliminar…
setup-time-off-remove = Eliminar
setup-time-off-affected = { $count ->
    [one] { $count } cita está reservada en este periodo
   *[other] { $count } citas están reservadas en este periodo
    }
setup-time-off-local = Las horas son las locales de la clínica ({ $zone }).
setup-time-off-none = No hay ausencias próximas.
setup-what-time = una hora
setup-time-off-whole-clinic-holiday = Toda la clínica (festivo)
setup-time-off-provider = Profesional: { $name }
setup-time-off-chair = Sillón: { $name }
setup-time-off-add = Añadir ausencia
setup-time-off-added = Añadida.
setup-time-off-applies-to = Se aplica a
setup-time-off-from-optional = Desde (opcional)
setup-time-off-from-hint = Vacío: desde el inicio del día.
setup-last-day = Último día
setup-time-off-until-optional = Hasta (opcional)
setup-time-off-until-hint = Vacío: hasta el final del día.
setup-reason = Motivo
setup-time-off-reason-hint = Se muestra en la agenda, por ejemplo «Navidad» o «Reparación del sillón».

## Set-up: appointment types.

setup-types-loading = Cargando tipos de cita…
setup-types-none-yet = Ninguno todavía
setup-types-deactivate-question = ¿Desactivar { $name }? Dejará de ofrecerse para nuevas citas.
setup-types-duration = { $minutes } min
setup-yes = Sí
setup-no = No
setup-types-recall-described = { $kind }, a los { $months ->
    [one] { $months } mes
   *[other] { $months } meses
    }
setup-types-empty = Todavía no hay tipos de cita.
setup-types-add-heading = Añadir un tipo de cita
setup-types-duration-label = Duración (minutos)
setup-types-duration-hint = El tiempo del paciente en el sillón.
setup-types-before = Preparación antes (minutos)
setup-types-after = Limpieza después (minutos)
setup-types-buffers-hint = La preparación y la limpieza ocupan al profesional y al sillón, pero no se muestran al paciente.
setup-types-fee = Tarifa ({ $currency })
setup-types-fee-hint = Se guarda en cada cita al reservarla: una tarifa nueva solo se aplica a las reservas posteriores.
setup-types-recall-label = Revisión (opcional)
setup-types-recall-hint = Aquello para lo que una visita completada de este tipo vuelve a citar al paciente, p. ej. Higiene.
setup-types-recall-months = Nueva revisión a los (meses)
setup-types-online = Los pacientes pueden reservarlo en línea
setup-types-needs-chair = Necesita un sillón
setup-types-providers = Profesionales que lo realizan
setup-types-save = Guardar el tipo
setup-types-add = Añadir el tipo

## Set-up: cancellation reasons.

setup-cancel-use-custom = Lo elige el personal
setup-cancel-use-other = Lo elige el personal, con unas palabras de detalle
setup-cancel-use-patient-online = Predefinido: un paciente canceló desde su correo
setup-cancel-use-time-off = Predefinido: una ausencia ocupó la hora de la cita
setup-cancel-loading = Cargando motivos de cancelación…
setup-cancel-deactivate-question = ¿Desactivar «{ $label }»? Dejará de ofrecerse al personal; las cancelaciones anteriores lo conservan.
setup-cancel-intro = El personal elige uno de estos al cancelar una cita, para que los informes puedan contar por qué se cancelan las citas.
setup-cancel-edit = Editar «{ $label }»
setup-cancel-add-heading = Añadir un motivo
setup-cancel-order = Orden en la lista
setup-cancel-save = Guardar el motivo
setup-cancel-add = Añadir el motivo

## Set-up: email templates.

setup-emails-loading = Cargando las plantillas…
setup-emails-own = propia
setup-emails-default = predeterminada
setup-emails-intro = Lo que reciben los pacientes y el personal nuevo. Cada tipo parte de una versión predeterminada; edítela para que sea la de la clínica.
setup-emails-languages = Los pacientes reciben la versión de su idioma; los de idioma desconocido, la de la clínica ({ $language }).
setup-emails-template-loading = Cargando la plantilla…
setup-emails-subject = Asunto
setup-emails-text = Texto
setup-emails-html = HTML (código)
setup-emails-part-subject = asunto
setup-emails-part-text-body = cuerpo de texto
setup-emails-part-html-body = cuerpo HTML
setup-emails-saved = Guardada: los próximos correos de este tipo la utilizan.
setup-emails-text-body = Cuerpo de texto
setup-emails-html-body = Cuerpo HTML
setup-emails-save = Guardar la plantilla
setup-emails-reset = Volver a la predeterminada
setup-emails-aside = Marcadores y vista previa
setup-emails-placeholders = Marcadores
setup-emails-preview = Vista previa con datos de ejemplo
setup-emails-rendering = Generando…

## The kinds of email, and the outbox.

setup-email-kind-booking-confirmation = Confirmación de reserva
setup-email-kind-rescheduled = Cita cambiada
setup-email-kind-cancelled = Cita cancelada
setup-email-kind-reminder = Recordatorio
setup-email-kind-staff-invitation = Invitación al personal
setup-email-kind-recall = Revisión (debe volver)
setup-email-kind-asap-offer = Oferta de hora anterior (lista de espera)
setup-outbox-status-queued = en cola
setup-outbox-status-sending = enviando
setup-outbox-status-sent = enviado
setup-outbox-status-failed = fallido
setup-outbox-status-cancelled = cancelado
setup-outbox-title = Bandeja de salida
setup-outbox-loading = Cargando la bandeja de salida…
setup-outbox-after-attempts = { $count ->
    [one] tras { $count } intento
   *[other] tras { $count } intentos
    }
setup-outbox-counts = { $queued } en cola · { $failed } fallidos
setup-outbox-status = Estado
setup-outbox-any = Cualquiera
setup-outbox-kind = Tipo
setup-outbox-queued-on = En cola el (UTC)
setup-outbox-no-match = Ningún correo coincide.
setup-outbox-pages = Páginas
setup-outbox-newer = ‹ Más recientes
setup-outbox-older = Más antiguos ›
setup-outbox-email-title = Correo
setup-outbox-email-loading = Cargando el correo…
setup-outbox-send-again = Enviar de nuevo
setup-outbox-cancel = Cancelar este correo
setup-outbox-to = Para
setup-outbox-attempts = { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
    }
setup-outbox-queued-utc = En cola (UTC)
setup-outbox-sent-utc = Enviado (UTC)
setup-outbox-goes-at = Se envía a las (UTC)
setup-outbox-server-answer = Respuesta del servidor
setup-outbox-last-problem = Último problema

## Staff.

setup-staff-title = Personal
setup-staff-loading = Cargando el personal…
setup-staff-none = Todavía no hay personal.
setup-staff-deactivated = Desactivado
setup-staff-role-of = Rol de { $name }
setup-staff-deactivate-question = ¿Desactivar a { $name }? Su sesión se cerrará en todas partes a la vez.
setup-staff-change = Cambiar
setup-staff-clinics-more = Clínicas…
setup-staff-clinics-of = Clínicas de { $name }
setup-staff-save-clinics = Guardar las clínicas
setup-staff-invited = { $name } ya puede elegir una contraseña con este enlace, que también se le ha enviado por correo. Funciona una sola vez, durante { $days ->
    [one] { $days } día
   *[other] { $days } días
    }.
setup-staff-invitation-link = Enlace de invitación
setup-staff-add-heading = Añadir un miembro del personal
setup-staff-work-email = Correo de trabajo
setup-staff-role = Rol
setup-staff-clinics = Clínicas
setup-staff-add = Añadir y obtener el enlace de invitación

## Reports, the audit log, notifications, the home page, integrations, recall and the ASAP list.

## Reports (src/reports/pages.rs).

admin-report-title = Informes
admin-report-lead = Cómo va la clínica: cada cifra junto a la misma cifra del periodo anterior.
admin-report-counting = Calculando…
admin-report-period = { $days ->
    [one] Del { $from } al { $to } ({ $days } día), frente al periodo del { $previous_from } al { $previous_to }
   *[other] Del { $from } al { $to } ({ $days } días), frente al periodo del { $previous_from } al { $previous_to }
    }
admin-report-clinic = Clínica
admin-report-all-clinics = Todas las mías
admin-report-period-label = Periodo
admin-report-from = Desde
admin-report-to = Hasta
admin-report-provider = Profesional
admin-report-everyone = Todos
admin-report-show = Mostrar
admin-report-figures = Cifras
admin-report-day-by-day = Día a día
admin-report-previous-period = Periodo anterior: { $value }
admin-report-change-points = { $sign }{ $points } puntos
admin-report-chart-description = Del { $first } al { $last }; máximo de { $highest } el { $day }. La tabla de abajo muestra todos los días.
admin-report-chart-empty = Del { $first } al { $last }; no hay nada que mostrar.
admin-report-chart-title = { $title } por día
admin-report-chart-top = Máximo del gráfico: { $top }
admin-report-chart-as-table = { $title } en forma de tabla
admin-report-date = Fecha
admin-report-download-csv = Descargar CSV
admin-report-nothing = Nada en este periodo.
admin-report-def-heading = Cómo se calcula
admin-report-def-dates = Fechas
admin-report-def-dates-text = Las citas cuentan en la fecha local de la visita, en la zona horaria de su clínica. El periodo anterior dura lo mismo que este y termina el día antes de que este empiece. No se cuentan las reservas provisionales de pacientes que aún están reservando en línea.
admin-report-def-utilization = Ocupación
admin-report-def-utilization-text = Tiempo reservado ÷ tiempo disponible. El tiempo reservado es el que ocupan las citas vigentes (ni canceladas ni inasistencias): la visita con su preparación y limpieza. El tiempo disponible son las horas semanales de cada profesional en cada fecha (un día de cambio de hora dura lo que dura realmente), menos sus ausencias y los cierres de la clínica. Para un sillón: las horas en que un profesional tiene agenda en él, menos las ausencias del sillón, del profesional y de la clínica.
admin-report-def-no-show-rate = Tasa de inasistencia
admin-report-def-no-show-rate-text = Inasistencias ÷ (inasistencias + pacientes que acudieron: llegados, en el sillón o completados).
admin-report-def-cancellations = Cancelaciones tardías y anticipadas
admin-report-def-cancellations-text = Una cancelación es tardía cuando se hizo dentro del plazo de aviso de cancelación de la clínica antes de la visita (por ejemplo, 24 horas), y anticipada en caso contrario. Los motivos son los de la lista de motivos de cancelación de la clínica, con sus nombres actuales.
admin-report-def-production = Producción
admin-report-def-production-text = Programada: los honorarios de las citas vigentes. Completada: los honorarios de las visitas completadas. Cada cita conserva el precio de su tipo en el momento de la reserva. Por hora disponible: honorarios completados ÷ horas disponibles. Los importes en monedas distintas nunca se suman.
admin-report-def-new-patients = Pacientes nuevos
admin-report-def-new-patients-text = Pacientes cuya primera visita completada cae en el periodo, contados para el profesional de esa visita; en línea cuando el propio paciente reservó esa visita en línea, recepción en caso contrario.
admin-report-def-hygiene = Nueva cita tras higiene
admin-report-def-hygiene-text = De las visitas completadas con un higienista, la proporción cuyo paciente se fue con una cita posterior reservada: una hecha antes del final del día de la visita y no cancelada para entonces.
admin-report-def-online = Proporción de reservas en línea y antelación
admin-report-def-online-text = Citas que el paciente reservó en línea ÷ todas las citas hechas (incluidas las canceladas); la antelación es el número medio de días entre la reserva y la visita.
admin-report-col-provider = Profesional
admin-report-col-clinic = Clínica
admin-report-col-chair = Sillón
admin-report-col-day = Día
admin-report-col-date = Fecha
admin-report-col-reason = Motivo
admin-report-col-late = Tardías
admin-report-col-early = Anticipadas
admin-report-col-all = Todas
admin-report-col-all-previous = Todas (anterior)
admin-report-col-available-hours = Horas disponibles
admin-report-col-scheduled-hours = Horas programadas
admin-report-col-booked-hours = Horas reservadas
admin-report-col-utilization = Ocupación
admin-report-col-utilization-previous = Ocupación (anterior)
admin-report-col-appointments = Citas
admin-report-col-no-shows = Inasistencias
admin-report-col-no-show-rate = Tasa de inasistencia
admin-report-col-late-cancellations = Cancelaciones tardías
admin-report-col-early-cancellations = Cancelaciones anticipadas
admin-report-col-cancellations = Cancelaciones (tardías y anticipadas)
admin-report-col-scheduled-fees = Honorarios programados
admin-report-col-completed-fees = Honorarios completados
admin-report-col-completed-fees-previous = Honorarios completados (anterior)
admin-report-col-completed-fees-per-hour = Honorarios completados por hora disponible
admin-report-col-scheduled-production = Producción programada
admin-report-col-completed-production = Producción completada
admin-report-col-completed-production-per-hour = Producción completada por hora disponible
admin-report-col-new-patients = Pacientes nuevos
admin-report-col-new-patients-online = Pacientes nuevos que reservaron en línea
admin-report-col-hygiene-reappointment = Nueva cita tras higiene
admin-report-col-online-share = Proporción en línea
admin-report-col-online-booking-share = Proporción de reservas en línea
admin-report-col-lead-time = Antelación
admin-report-col-lead-time-days = Antelación (días)
admin-report-col-lead-time-booking = Antelación (días, de la reserva a la visita)
admin-report-table-providers = Por profesional
admin-report-download-providers = {" "}de la tabla «Por profesional»
admin-report-table-chairs = Por sillón
admin-report-download-chairs = {" "}de la tabla «Por sillón»
admin-report-table-weekdays = Por día de la semana
admin-report-download-weekdays = {" "}de la tabla «Por día de la semana»
admin-report-table-reasons = Cancelaciones por motivo
admin-report-download-reasons = {" "}de la tabla «Cancelaciones por motivo»
admin-report-table-days = Día a día
admin-report-download-days = {" "}de la tabla «Día a día»
admin-report-preset-this-week = Esta semana
admin-report-preset-last-month = El mes pasado
admin-report-preset-this-quarter = Este trimestre
admin-report-preset-last-12-months = Últimos 12 meses
admin-report-preset-custom = Fechas de abajo
admin-report-unit-cancellations = cancelaciones
admin-report-unit-patients = pacientes
admin-report-unit-days = días
admin-report-unit-fees = honorarios

## The audit log and a patient's access history (src/audit/pages.rs).

admin-audit-title = Registro de auditoría
admin-audit-lead = Quién vio o cambió qué, cuándo y desde dónde. La lectura de este registro también queda registrada en él.
admin-audit-loading = Cargando el registro de auditoría…
admin-audit-staff = Miembro del personal
admin-audit-anyone = Cualquiera
admin-audit-patient-number = Número de paciente
admin-audit-action = Acción
admin-audit-action-placeholder = patient. o calendar.viewed
admin-audit-clinic = Clínica
admin-audit-all-clinics = Todas las mías
admin-audit-from = Desde (UTC)
admin-audit-to = Hasta (UTC)
admin-audit-show = Mostrar
admin-audit-download = Descargar estas entradas en CSV
admin-audit-download-hint = Para descargar entradas en CSV, elija el primer y el último día y pulse Mostrar.
admin-audit-no-match = Ninguna entrada coincide.
# For the DataTables of the audit log and the access history, once `DataTable` takes text.

admin-audit-pages = Páginas
admin-audit-newest = ‹ Más recientes
admin-audit-older = Anteriores ›
admin-audit-not-signed-in = Sin sesión iniciada
admin-audit-patient = paciente { $patient }
admin-audit-result-success = Correcto
admin-audit-result-denied = Denegado
admin-audit-result-failed = Fallido
admin-audit-show-details = Mostrar
admin-audit-chain-heading = Comprobación de integridad
admin-audit-chain-unchecked = La cadena de entradas aún no se ha comprobado.
admin-audit-chain-command-line = la línea de comandos
admin-audit-chain-intact = { $rows ->
    [one] Intacta: { $rows } entrada comprobada, la cadena sin interrupciones hasta la posición { $position } ({ $at }, por { $who }).
   *[other] Intacta: { $rows } entradas comprobadas, la cadena sin interrupciones hasta la posición { $position } ({ $at }, por { $who }).
    }
admin-audit-chain-broken = Interrupción encontrada ({ $at }, por { $who }): { $problem }
admin-audit-checking = Comprobando…
admin-audit-check-now = Comprobar la cadena ahora
admin-access-title = Historial de accesos
admin-access-loading = Cargando el historial de accesos…
admin-access-this-patient = Este paciente
admin-access-not-signed-in = Sin sesión iniciada (en línea, o un enlace de un correo electrónico)
admin-access-patients = Pacientes
admin-access-heading = { $name }: historial de accesos
admin-access-lead = Todas las personas que vieron o cambiaron esta ficha, las más recientes primero, y las listas que la mostraron (como un día del calendario). La lectura de este historial también queda registrada.
admin-access-open-audit = Abrir en el registro de auditoría (filtros, descarga CSV)
admin-access-empty = Nadie ha abierto esta ficha todavía.
admin-patient-tabs = Paciente
admin-patient-tab-record = Ficha
admin-patient-tab-access = Historial de accesos

## Notifications and the bell (src/notifications/pages.rs).

admin-notifications-bell-unread = Notificaciones, { $count } sin leer
admin-notifications-title = Notificaciones
admin-notifications-loading = Cargando sus notificaciones…
admin-notifications-none-unread = Nada sin leer.
admin-notifications-unread = { $count } sin leer.
admin-notifications-mark-all = Marcar todo como leído
admin-notifications-empty = Nada pendiente. Las nuevas notificaciones aparecen aquí, y la campana de arriba las cuenta.
admin-notifications-more = Las notificaciones más antiguas no se muestran.
admin-notifications-choices = De qué se le avisa
admin-notifications-tell-me = Avisarme cuando
admin-notifications-save = Guardar mis preferencias
admin-notifications-saved = Guardado.
admin-notifications-mark-read = Marcar como leída
admin-notifications-new = Nueva
admin-notifications-kind-online-booked = un paciente reserva en línea
admin-notifications-kind-online-moved = un paciente cambia su cita
admin-notifications-kind-online-cancelled = un paciente cancela su cita
admin-notifications-kind-online-confirmed = un paciente confirma su cita
admin-notifications-kind-asap-claimed = un paciente de la lista de espera acepta un hueco liberado
admin-notifications-kind-email-failed = no se puede enviar un correo electrónico
admin-notifications-kind-medical-alert = se añade una alerta médica a un paciente que usted atiende hoy

## The home page (src/home/pages.rs).

admin-home-lead = Agenda, fichas de pacientes y reserva en línea para grupos dentales con varias clínicas.
admin-home-reception = Recepción
admin-home-reception-text = Encuentre o registre a un paciente en segundos, vea el día de la clínica, reserve, mueva y cancele citas.
admin-home-clinicians = Dentistas e higienistas
admin-home-clinicians-text = Su día de un vistazo, con las alertas médicas de cada paciente junto a la cita.
admin-home-patients = Pacientes
admin-home-patients-text = Reservan en línea desde el móvil, y cancelan o cambian la cita desde el enlace del correo.
admin-home-email = Correo electrónico
admin-home-outbox-counts = { $queued } pendientes de envío · { $failed } fallidos
admin-home-open-outbox = Abrir la bandeja de salida
admin-home-see-failed = Ver los fallidos
admin-home-checking = Comprobando…
admin-home-connection = Conexión
admin-home-connection-text = Compruebe que este navegador, el servidor y la base de datos pueden comunicarse entre sí.
admin-home-check-connection = Comprobar la conexión
admin-home-connected = Conectado. La base de datos respondió en { $millis } ms (versión del servidor { $version }).

## API keys (src/api_keys/pages.rs).

admin-api-loading = Cargando las claves de API…
admin-api-empty = Aún no hay claves de API. Cree una abajo para cada sistema que deba leer o cambiar el calendario de esta clínica.
admin-api-col-name = Nombre
admin-api-col-key = Clave
admin-api-col-scopes = Permisos
admin-api-col-per-minute = Por minuto
admin-api-col-made = Creada
admin-api-col-last-used = Último uso
admin-api-col-actions = Acciones
admin-api-title = Claves de API

admin-api-intro = Otros sistemas llaman a la API REST en /api/v1 con una clave en la cabecera Authorization (Bearer …). La referencia está en{" "}
admin-api-intro-end = .
admin-api-revoke-open = Revocar…
admin-api-revoke-confirm = ¿Revocar «{ $name }»? A partir de ahora se rechazará toda solicitud con ella; no se puede deshacer.
admin-api-revoke = Revocar
admin-api-revoked = Revocada el { $when }
admin-api-never = Nunca
admin-api-made = Creada. La clave solo se muestra esta vez: cópiela ahora en el otro sistema. Quien la tenga puede actuar como esta clave.
admin-api-key-label = Clave de API
admin-api-new-heading = Crear una clave
admin-api-name = Para qué es
admin-api-name-hint = El sistema que la usará, p. ej. Centralita.
admin-api-read-scope = Todas las claves leen los profesionales, tipos de cita, horas libres y citas de esta clínica.
admin-api-write-scope = Cambios: reservar, mover y cancelar citas, y cambiar su estado
admin-api-patients-scope = Pacientes: buscarlos y leerlos (y, con cambios, añadirlos y actualizarlos)
admin-api-per-minute = Solicitudes por minuto
admin-api-per-minute-hint = Las solicitudes que superen este número en un minuto se rechazan (429) hasta el minuto siguiente.
admin-api-create = Crear la clave
admin-api-origins-heading = Orígenes de navegador
admin-api-origins-saved = Orígenes guardados.
admin-api-origins = Aplicaciones web autorizadas a llamar a la API desde un navegador
admin-api-origins-hint = Una por línea, como https://crm.example.com. Déjelo vacío si solo llaman a la API servidores.
admin-api-origins-save = Guardar los orígenes

## Webhooks (src/webhooks/pages.rs).

admin-webhooks-loading = Cargando los webhooks…
admin-webhooks-empty = Aún no hay webhooks. Añada uno abajo para que las reservas y los cambios de pacientes se envíen a otro sistema en cuanto ocurran.
admin-webhooks-title = Webhooks

admin-webhooks-intro = Cada evento se envía como un POST JSON firmado (cabecera Chairside-Signature: t=…,v1=… — un HMAC-SHA256 de «t.body» con el secreto del endpoint), reintentado con esperas crecientes durante aproximadamente un día si el endpoint no responde 2xx.
admin-webhooks-nothing-sent = Aún no se ha enviado nada.
admin-webhooks-send-test = Enviar un evento de prueba
admin-webhooks-disable-open = Desactivar…
admin-webhooks-disable-confirm = ¿Desactivar este webhook? No se le enviará nada más, tampoco los eventos en cola.
admin-webhooks-disable = Desactivar
admin-webhooks-disabled = Desactivado
admin-webhooks-events = Eventos: { $events }
admin-webhooks-deliveries = Últimos envíos
admin-webhooks-added = Añadido. Su secreto de firma solo se muestra esta vez: guárdelo donde el sistema receptor pueda leerlo.
admin-webhooks-secret = Secreto de firma
admin-webhooks-new-heading = Añadir un webhook
admin-webhooks-url = Dirección
admin-webhooks-url-hint = Una dirección https:// que acepte solicitudes POST.
admin-webhooks-events-legend = Eventos que enviar
admin-webhooks-description = Descripción (opcional)
admin-webhooks-create = Añadir el webhook
admin-webhooks-event-appointment-booked = Cita reservada
admin-webhooks-event-appointment-moved = Cita movida
admin-webhooks-event-appointment-cancelled = Cita cancelada
admin-webhooks-event-appointment-status-changed = Estado de la cita cambiado
admin-webhooks-event-patient-created = Paciente creado
admin-webhooks-event-patient-updated = Paciente actualizado

## The calendar feed (src/feeds/pages.rs).

admin-feeds-title = Calendario suscrito
admin-feeds-my-day = Mi día
admin-feeds-heading = Sus citas en su propio calendario
admin-feeds-lead = Active un calendario y suscríbase a su dirección en Google Calendar, Apple Calendar u Outlook: sus citas desde 30 días atrás hasta 180 días por delante aparecerán allí y seguirán cada cambio (las aplicaciones de calendario comprueban cada pocas horas). Los pacientes aparecen solo con sus iniciales, salvo que la clínica decida otra cosa.
admin-feeds-loading = Cargando…
admin-feeds-no-provider = Su cuenta no está vinculada a un profesional, así que no hay agenda que poner en un calendario. Un administrador vincula las cuentas a los profesionales en las páginas de configuración de la clínica.
admin-feeds-on-now = El calendario está activado. Copie ahora esta dirección en su aplicación de calendario («Suscribirse a un calendario», «Desde URL»): solo se muestra esta vez.
admin-feeds-address = Dirección del calendario
admin-feeds-off = Desactivado
admin-feeds-on-unfetched = Activado desde { $since }; ningún calendario lo ha consultado aún
admin-feeds-on-fetched = Activado desde { $since }; última consulta { $last }
admin-feeds-new-address = Nueva dirección…
admin-feeds-turn-on = Activar
admin-feeds-turn-off-open = Desactivar…
admin-feeds-turn-off-confirm = ¿Desactivar el calendario? Los calendarios suscritos dejarán de recibir sus citas.
admin-feeds-turn-off = Desactivar
admin-feeds-replace-note = Una nueva dirección sustituye a la anterior, que deja de funcionar.
admin-feeds-caption = Sus calendarios suscritos
admin-feeds-col-provider = Profesional
admin-feeds-col-feed = Calendario
admin-feeds-col-actions = Acciones

## Recall (src/recall/pages.rs).

admin-recall-title = Revisiones
admin-recall-loading = Buscando los pacientes pendientes…
admin-recall-clinic = Clínica
admin-recall-recorded = Registrado.
admin-recall-empty = Ningún paciente tiene revisión pendiente en este plazo.
admin-recall-caption = Pacientes pendientes
admin-recall-col-patient = Paciente
admin-recall-col-phone = Teléfono
admin-recall-col-due-for = Pendiente de
admin-recall-col-due = Fecha prevista
admin-recall-col-last-visit = Última visita
admin-recall-col-booked = Reservada
admin-recall-col-last-contact = Último contacto
admin-recall-col-record = Registrar un contacto
admin-recall-previous = ‹ Anterior
admin-recall-next = Siguiente ›
admin-recall-lead = { $clinic }: pacientes que deben volver para una visita. Los que ya tienen reservada una cita de ese tipo no aparecen, salvo que usted los pida.
admin-recall-window = Plazo
admin-recall-kind = Tipo
admin-recall-every-kind = Todos los tipos
admin-recall-sort = Ordenar por
admin-recall-with-booked = {" "}Incluir los que ya tienen cita
admin-recall-show = Mostrar
admin-recall-pages = Páginas
admin-recall-page = Página { $page }
admin-recall-no-phone = Sin teléfono
admin-recall-due-overdue = { $due } (vencida)
admin-recall-set-by-hand = Fijada a mano: { $reason }
admin-recall-no-last-visit = Ninguna registrada
admin-recall-not-booked = No
admin-recall-not-contacted = Aún sin contactar
admin-recall-outcome-label = Cómo intentó contactar con { $patient }
admin-recall-contact = Contacto…
admin-recall-note-label = Nota sobre el contacto con { $patient }
admin-recall-note-placeholder = Nota (opcional)
admin-recall-record = Registrar
admin-recall-patient-empty = Aún no hay fechas de revisión.
admin-recall-patient-due = { $kind }: prevista el { $due }
admin-recall-patient-overdue = {" "}(vencida)
admin-recall-patient-last-visit = , última visita { $last }
admin-recall-patient-reason = . Fijada a mano: { $reason }
admin-recall-saved = Guardado.
admin-recall-set-due = Fijar o aplazar una fecha de revisión
admin-recall-due-for = Pendiente de
admin-recall-due-for-hint = P. ej. Higiene; una fecha existente de este tipo se sustituye.
admin-recall-due-on = Fecha prevista
admin-recall-why = Motivo
admin-recall-why-hint = Por ejemplo: el paciente pidió esperar hasta después del verano.
admin-recall-set-button = Fijar la fecha
admin-recall-window-overdue = Vencidas
admin-recall-window-within = Previstas en los próximos { $days } días, y vencidas
admin-recall-sort-due = Fecha prevista
admin-recall-sort-last-visit = Última visita
admin-recall-sort-name = Nombre
admin-recall-sort-last-contact = Último contacto
admin-recall-outcome-called = Llamado
admin-recall-outcome-left-message = Mensaje dejado
admin-recall-outcome-emailed = Correo enviado
admin-recall-outcome-declined = Rechazado

## The ASAP list (src/asap/pages.rs).

admin-asap-title = Lista de espera
admin-asap-loading = Cargando la lista…
admin-asap-clinic = Clínica
admin-asap-offered = Ofrecido: el correo está en camino.
admin-asap-freed-empty = No se ha liberado ningún hueco últimamente. Cuando se cancela o se mueve una cita futura, su hueco aparece aquí y se ofrece a los pacientes a los que les conviene.
admin-asap-freed = Huecos liberados
admin-asap-col-time = Hora
admin-asap-col-provider = Profesional
admin-asap-col-offers-sent = Ofertas enviadas
admin-asap-col-state = Estado
admin-asap-col-offer = Ofrecer a un paciente
admin-asap-waiting-empty = Nadie está esperando. Añada un paciente desde su ficha («Lista de espera»), o los pacientes se apuntan al reservar en línea.
admin-asap-waiting-caption = Pacientes en espera
admin-asap-col-patient = Paciente
admin-asap-col-phone = Teléfono
admin-asap-col-for = Para
admin-asap-col-when = Cuándo
admin-asap-col-booked = Cita actual
admin-asap-col-since = En espera desde
admin-asap-col-until = Hasta
admin-asap-col-offers = Ofertas
admin-asap-col-actions = Acciones
admin-asap-lead = { $clinic }: pacientes que aceptarían una hora antes. Los huecos liberados se ofrecen por correo a quienes les convienen, unos pocos cada vez, empezando por quien lleva más tiempo esperando; el primero que lo acepta se queda con la cita.
admin-asap-waiting = En espera ({ $count })
admin-asap-offer-label = Paciente al que ofrecer { $when }
admin-asap-offer = Ofrecer
admin-asap-no-phone = Sin teléfono
admin-asap-not-booked = No
admin-asap-remove-open = Quitar…
admin-asap-remove-confirm = ¿Quitar a { $patient } de la lista de espera para { $type_name }?
admin-asap-remove = Quitar
admin-asap-patient-none = No está en la lista de espera.
admin-asap-patient-request = { $offers ->
    [one] { $type_name } con { $provider }: { $when }, hasta el { $until } ({ $offers } oferta hasta ahora)
   *[other] { $type_name } con { $provider }: { $when }, hasta el { $until } ({ $offers } ofertas hasta ahora)
    }
admin-asap-choose = Elija…
admin-asap-any-provider = Cualquier profesional
admin-asap-added = Añadido a la lista de espera.
admin-asap-add = Añadir a la lista de espera
admin-asap-waiting-for = En espera de
admin-asap-with = Con
admin-asap-days = Estos días (ninguno marcado: cualquier día)
admin-asap-earliest = Inicio no antes de las
admin-asap-latest = Inicio no después de las
admin-asap-until = En la lista hasta el
admin-asap-note = Nota
admin-asap-note-hint = Por ejemplo: puede venir con una hora de aviso.

## Tables: their captions (for screen readers) and column headings.

table-patients-found = Pacientes encontrados
table-medical-history = Historial médico
table-changes-to-the-medical-history = Cambios en el historial médico
table-the-patient-s-appointments = Las citas del paciente
table-your-signed-in-sessions = Sus sesiones iniciadas
table-audit-entries-newest-first = Entradas de auditoría, las más recientes primero
table-access-history-newest-first = Historial de accesos, los más recientes primero
table-staff-of-your-clinics = Personal de sus clínicas
table-email-templates = Plantillas de correo
table-emails = Correos electrónicos
table-time-off-ahead = Ausencias previstas
table-providers = Profesionales
table-chairs = Sillones
table-appointment-types = Tipos de cita
table-working-hours-on-record = Horarios registrados
table-intervals-of-the-new-rota = Franjas del nuevo horario
table-cancellation-reasons = Motivos de cancelación
column-applies-to = Se aplica a
column-from = Desde
column-until = Hasta
column-reason = Motivo
column-day = Día
column-hours = Horario
column-chair = Sillón
column-valid = Vigencia
column-starts = Empieza
column-ends = Termina
column-device = Dispositivo
column-ip-address = Dirección IP
column-signed-in = Sesión iniciada
column-last-seen = Última actividad
column-email = Correo electrónico
column-versions = Versiones
column-kind = Tipo
column-what = Qué
column-severity = Gravedad
column-details = Detalles
column-status = Estado
column-name = Nombre
column-duration = Duración
column-buffers-before-after-min = Margen antes / después (min)
column-fee = Tarifa
column-online = En línea
column-providers = Profesionales
column-recall = Revisión
column-role = Función
column-clinics = Clínicas
column-order = Orden
column-number = Número
column-born-age = Nacimiento (edad)
column-phone = Teléfono
column-queued-utc = En cola (UTC)
column-to = Para
column-subject = Asunto
column-last-problem = Último problema
column-used-for = Uso
column-when-utc = Cuándo (UTC)
column-who = Quién
column-clinic = Clínica
column-action = Acción
column-record = Registro
column-result = Resultado
column-what-it-recorded = Lo registrado
column-when = Cuándo
column-appointment = Cita
column-with = Con
column-change = Cambio
column-entry = Entrada
column-staff-account = Cuenta de personal

## Field checks and the set-up's own messages.

## Checks of fields and server messages (domain parsers, set-up, staff).
## A check-what-* message is a noun phrase put in another message ({ $what }, { $unit }).

check-whole-number = Indique un número entero de { $min } a { $max } ({ $unit }).
check-what-minutes = minutos
check-multiple-of-five = Use un múltiplo de 5 minutos.
check-colour = Elija un color, escrito como #1f7a8c.
check-slug = Use letras minúsculas y cifras, con un solo guion entre palabras (como norte-madrid).
check-slug-manage = «manage» lo usan los enlaces de la reserva en línea: elija otra.
check-phone = Indique un número de teléfono como +34 912 345 678.
check-time-zone-missing = Elija la zona horaria de la clínica.
check-time-zone-unknown = { $zone } no es el nombre de una zona horaria. Elija una de la lista, como Europe/Madrid.
check-weekday = Elija un día de la semana.
check-time-shape = Indique una hora como 09:30.
check-date-shape = Indique una fecha como 2026-12-01.
check-last-day-before-first = El último día no puede ser anterior al primero.
check-end-before-start = El final debe ser posterior al inicio.
check-currency = Elija una de las monedas de la lista.
check-fee-negative = Una tarifa no puede ser negativa.
check-fee-shape = Indique la tarifa como un importe, por ejemplo 45,00.
check-fee-decimals = Una tarifa tiene como máximo dos decimales.
check-fee-too-much = Una tarifa es como máximo de 100.000,00.
check-password-too-short = Use al menos { $min } caracteres; una frase corta funciona bien.
check-password-email = No use su dirección de correo electrónico en la contraseña.
check-password-name = No use su nombre en la contraseña.
check-password-common = Esta contraseña es una de las más comunes; elija otra.
check-strength-too-short = Demasiado corta
check-strength-weak = Débil
check-strength-fair = Aceptable
check-strength-strong = Segura
check-status-choose = Elija un estado de la lista.
check-no-show-before-start = Una cita solo pasa a «No acudió» una vez que ha empezado. Para liberar el horario antes, cancélela indicando un motivo.
check-status-final = El estado de esta cita es «{ $status }»: ya no puede cambiar.
check-status-cannot-become = El estado de esta cita es «{ $status }»: no puede pasar a «{ $next }».
# A status as the two messages above put it ($status is its code).
check-status-in-sentence = { $status ->
    [held] Retenida
    [scheduled] Programada
    [confirmed] Confirmada
    [arrived] Llegó
    [in_chair] En el sillón
    [completed] Realizada
    [cancelled] Cancelada
   *[no_show] No acudió
    }
check-what-hours = horas
check-reminders-at-most-four = Cuatro recordatorios como máximo.
check-what-days = días
check-what-calling-code = prefijo del país
check-what-chair-name = un nombre para el sillón
check-what-places = posición
check-what-cancel-reason = el motivo tal como lo elegirá el personal
check-provider-kind = Elija dentista o higienista.
check-what-provider-name = el nombre del profesional
check-staff-member-or-none = Elija un miembro del personal o ninguno.
# A rota's interval: "Monday 09:00–12:30".
check-rota-interval = { $weekday } { $starts }–{ $ends }
check-rota-at-most = Un turno tiene como máximo { $count } intervalos.
check-chair-or-none = Elija un sillón o ninguno.
check-rota-overlap = Se solapa con { $interval }; un profesional no puede estar en dos sitios a la vez.
check-time-off-applies-to = Elija toda la clínica, un profesional o un sillón.
check-what-time-off-reason = un motivo (se muestra en la agenda)
check-what-type-name = un nombre para el tipo de cita
check-what-months = meses
check-providers-from-list = Elija profesionales de la lista.
check-providers-at-most = Elija como máximo { $count } profesionales.
check-recall-months-missing = Indique después de cuántos meses le toca de nuevo al paciente.
check-recall-kind-missing = Indique para qué le toca al paciente, p. ej. Higiene.
check-slug-taken = Otra clínica ya usa esta dirección.
check-time-zone-not-in-database = La base de datos no conoce esta zona horaria; elija otra.
check-chair-name-taken = Esta clínica ya tiene un sillón con este nombre.
check-provider-name-taken = Esta clínica ya tiene un profesional con este nombre.
check-staff-member-linked = Este miembro del personal ya está vinculado a otro profesional.
check-staff-member-of-clinic = Elija un miembro del personal de esta clínica.
check-what-date = una fecha
check-rota-from-past = Un turno nuevo empieza el { $date } o después; las semanas pasadas conservan su horario.
check-rota-chair-taken = El sillón elegido para { $interval } lo usa otro profesional en ese momento.
check-rota-overlaps-other-hours = { $interval } se solapa con otro horario de este profesional.
check-time-off-clocks-forward = { $moment } no existe en { $zone }: ese día se adelantan los relojes. Elija otra hora.
check-time-off-not-in-clinic = Elija un profesional o un sillón de esta clínica.
check-providers-of-clinic = Elija profesionales de esta clínica.
check-type-name-taken = Esta clínica ya tiene un tipo de cita con este nombre.
check-cancel-reason-taken = Esta clínica ya tiene este motivo.
check-cancel-reason-built-in = «{ $label }» viene incluido: lo elige la aplicación, así que permanece en la lista. Puede cambiarle el nombre.
check-staff-own-account = No puede desactivar su propia cuenta; pídaselo a otro administrador.
check-staff-own-role = No puede cambiar su propio rol; pídaselo a otro administrador.
check-staff-clinics-of-yours = Elija clínicas suyas.
check-staff-email-taken = Ya existe una cuenta con este correo electrónico.
check-staff-own-clinics = No puede cambiar sus propias clínicas; pídaselo a otro administrador.
check-what-staff-name = su nombre
check-staff-clinics-at-most = Elija como máximo { $count } clínicas.
check-staff-clinics-from-list = Elija clínicas de la lista.
check-staff-clinics-at-least-one = Elija al menos una clínica.

## Scheduling, patients, notes and documents: what the server writes.

## What the server writes for people: field checks, refusals, and the dates of its lists.

server-date-medium-year = { $order ->
    [mdy] { $date } { $year }
   *[other] { $date } { $year }
    }
server-date-comma-time = { $date }, { $time }
server-at-by = { $at } por { $by }

## Booking, moving and cancelling appointments.

server-choose-date-time = Elija una fecha y una hora.
server-booking-skipped-time = Las { $time } no existen en { $zone }: ese día se adelantan los relojes.
server-choose-type-of-clinic = Elija un tipo de cita de esta clínica.
server-choose-provider-of-clinic = Elija un profesional de esta clínica.
server-booking-not-performed = { $provider } no realiza { $kind }.
server-choose-chair-of-clinic = Elija un sillón de esta clínica.
server-booking-time-off = Esa hora cae en una ausencia ({ $reason }) de { $provider }, del sillón o de la clínica. Elija otra hora.
server-booking-just-taken = Esa hora se acaba de ocupar: { $when } ya no está libre. Elija otra hora.
server-booking-patient-busy = El paciente ya tiene una cita el { $when }.
server-choose-provider = Elija un profesional.
server-appointment-changed = Otra persona ha modificado esta cita. Vuelva a consultarla y luego inténtelo de nuevo.
server-reschedule-not-movable = El estado de esta cita es «{ $status }»: solo se mueven las citas programadas o confirmadas.
server-choose-reason = Elija un motivo de la lista.
server-cancel-say-why = Indique por qué se cancela la cita.

## Recurring appointments.

server-choose-patient = Elija un paciente.
server-choose-type = Elija un tipo.
server-choose-chair = Elija un sillón.
server-series-choose-first = Elija la primera fecha y hora.
server-series-every = Repita cada 1 a 52 semanas o meses.
server-series-unit = Elija semanas o meses.
server-series-occurrences = Reserve de 2 a { $max } citas.
server-series-provider-booked = El profesional está ocupado a esa hora.
server-series-patient-busy = El paciente tiene otra cita a esa hora.
server-series-chair-taken = El sillón está ocupado a esa hora.
server-series-time-off = Ausencia: { $reason }.
server-series-choose-every-time = Elija una hora para cada cita de la serie.
server-series-choose-time = Elija una hora para esta cita.

## Appointments in a time off.

server-batch-not-a-choice = «{ $choice }» no es una opción de esta página.
server-batch-whole-clinic = Toda la clínica
server-batch-suggestion = { $when } con { $provider }
server-batch-period = { $from } a { $until }
server-batch-too-many = Cambie como máximo { $max } citas a la vez.
server-batch-unavailable = { $whose } no disponible: { $reason }
server-batch-nothing-changed = No se ha cambiado nada. { $message }

## The confirmations list.

server-call-confirmed = Vendrá
server-call-left-message = Se dejó un mensaje
server-call-no-answer = No contesta
server-call-wrong-number = Número equivocado
server-call-emailed = Se envió un recordatorio
server-call-choose-outcome = Elija qué ocurrió.
server-status-over = Terminada
server-call-nothing-to-remind = El estado de esta cita es «{ $status }»: no hay nada que recordar al paciente.
server-call-not-emailable = Este paciente no tiene dirección de correo electrónico o no ha aceptado recordatorios por correo.
server-call-already-emailed = Ya se envió desde esta lista un recordatorio para esta hora.

## Free times.

server-choose-type-from-list = Elija un tipo de cita de la lista.
server-what-first-day = el primer día
server-slots-days = Pida de 1 a { $max } días.

## Patients' records.

server-record-merged-into = Esta ficha se fusionó con { $number }: reserve en esa.
server-record-archived = Esta ficha está archivada: restáurela primero para reservar para este paciente.
server-medical-entry-unknown = Entrada
server-medical-entry = { $kind }: { $label }
server-medical-entry-severity = { $entry } ({ $severity })
server-medical-entry-details = { $entry } — { $details }
server-duplicate = { $name } ({ $number }, nac. { $born })
server-duplicates-found = Puede que la clínica ya tenga a este paciente: { $names }. Compruébelo antes de crear una segunda ficha; si es otra persona, marque la casilla y guarde de nuevo.
server-record-someone-else = Otra persona
server-record-changed = { $by } modificó esta ficha después de que usted la abriera. Sus cambios están abajo; vuelva a abrir la ficha para ver los de esa persona y luego haga los suyos de nuevo.
server-medical-choose-kind = Elija alerta, alergia, enfermedad o medicación.
server-choose-from-list = Elija de la lista.
server-patient-reminders-need-email = Los recordatorios por correo necesitan una dirección de correo electrónico.
server-what-medical-label = qué es (por ejemplo, penicilina)
server-medical-choose-severity = Elija la gravedad de la alergia.
server-medical-severity-only-allergies = Solo las alergias tienen gravedad.

## Merging two records.

server-merge-choose-fields = Elija, para cada campo de la lista, la ficha cuyo valor se conserva.
server-merge-overlap-pair = { $first } ({ $first_number }) y { $second } ({ $second_number })
server-merge-more = { $count ->
    [one] { $count } más
   *[other] { $count } más
    }
server-merge-overlaps = Estas fichas tienen citas a horas que se solapan: { $pairs }. Una persona no puede asistir a ambas: cancele o mueva una de cada pareja y luego fusione.
server-merge-enter-number = Introduzca un número de paciente como P-000123.
server-merge-no-such-patient = Esta clínica no tiene ningún paciente con ese número.
server-merge-same-record = Es esta misma ficha.
server-merge-confirm = Marque la casilla para confirmar: una fusión no se puede deshacer.
server-merge-into-itself = Una ficha no se puede fusionar consigo misma.
server-merge-already = Una de estas fichas ya se fusionó.
server-merge-just-booked = Se acaba de reservar una cita para una de estas fichas a la misma hora que una cita de la otra. Vuelva a consultar ambas fichas y luego fusiónelas.

## Clinical notes and their templates.

server-note-signed-final = Esta nota está firmada, así que no puede cambiar. Añada una adenda abajo.
server-note-too-long = La nota debe tener menos de { $max } caracteres.
server-note-saved-by-someone = Otra persona guardó esta nota después de que usted la abriera; su texto está abajo. Abra la nota en otra pestaña para ver el de esa persona y luego guarde el suyo.
server-note-only-provider-signs = Solo { $provider } firma esta nota: es su cita.
server-note-write-first = Escriba la nota antes de firmarla.
server-note-changed = La nota cambió después de que usted la abriera. Vuelva a leerla antes de firmar.
server-note-addendum = Escriba la adenda (hasta { $max } caracteres).
server-note-addendum-unsigned = Las adendas siguen a una nota firmada: esta aún no está firmada, así que modifíquela.
server-template-name = Ponga nombre a la plantilla (hasta 80 caracteres).
server-template-body = Escriba las indicaciones (hasta 4000 caracteres).
server-template-name-taken = La clínica ya tiene una plantilla con este nombre.
server-template-active-name = Una plantilla activa tiene este nombre: cambie primero el nombre de una de ellas.
server-what-days = días

## Patients' documents.

server-document-archive-first = Archive primero el documento: solo se puede eliminar definitivamente un documento archivado.
server-document-purge-reason = Indique por qué se elimina, en 10 a 500 caracteres (se guarda en el registro de auditoría).
server-document-study = estudio { $date }
server-document-modality = modalidad { $modality }
server-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
    }
server-size-kb = { $size } KB
server-size-mb = { $size } MB
server-document-send-form = Envíe el documento como un formulario con un archivo.
server-document-too-large = El archivo supera los { $max } MB.
server-document-choose-file = Elija un archivo para subir.
server-document-not-accepted = Este archivo no es una imagen JPEG o PNG, un PDF ni un archivo DICOM (se juzga por su contenido, no por su nombre).
server-document-incomplete = El formulario estaba incompleto: elija una categoría y un archivo (y una fecha como AAAA-MM-DD).

## Lists, emails, integrations, the audit log and reports: what the server writes.

## The server's own words: the ASAP list, recall, emails, integrations, the account, the
## audit log, reports and notifications (messages of fields and errors, dates in lists).

## Dates and times in lists: "3 dic 2026", "3 dic 2026 10:02", "jue, 3 dic 2026 10:02".

desk-weekday-date-time = { $order ->
    [mdy] { $weekday }, { $date } { $time }
   *[other] { $weekday }, { $date } { $time }
    }
desk-utc = { $moment } UTC

## The ASAP list.

desk-asap-any-day = Cualquier día
desk-asap-choose-type = Elija qué está esperando el paciente.
desk-asap-choose-provider = Elija un profesional de la lista.
desk-what-earliest-start = la hora de inicio más temprana
desk-what-latest-start = la hora de inicio más tardía
desk-asap-latest-after-earliest = La hora de inicio más tardía debe ser posterior a la más temprana.
desk-what-last-day-on-list = el último día en la lista
desk-asap-until-past = El último día no puede estar en el pasado.
desk-asap-until-too-far = { $days ->
    [one] Mantenga a un paciente en la lista como máximo { $days } día seguido.
   *[other] Mantenga a un paciente en la lista como máximo { $days } días seguidos.
    }
desk-asap-any-time = a cualquier hora
desk-asap-from = desde las { $time }
desk-asap-until = hasta las { $time }
desk-asap-between = { $from }–{ $to }
desk-asap-days-window = { $days } · { $window }
desk-asap-closed-nobody-fits = no le conviene a nadie en espera
desk-asap-closed-offered-all = ofrecida al máximo de pacientes permitido
desk-asap-closed-passed = la hora ya ha pasado
desk-asap-closed-claimed = aceptada
desk-asap-added-online = En línea
desk-asap-taken-by = Aceptada por { $patient }
desk-asap-passed = Pasada
desk-asap-no-more-batches = No se enviarán más ofertas: { $reason }
desk-asap-offering = En oferta
desk-asap-type-from-list = Elija un tipo de cita de la lista.
desk-asap-provider-does-not-do-type = Ese profesional no realiza este tipo de cita: elija otro, o cualquier profesional.
desk-asap-time-gone = Esa hora ya se ha reservado o ya ha pasado.
desk-asap-time-does-not-suit = Esa hora no encaja con esta solicitud (su tipo, profesional, días u horas), el paciente tiene una cita anterior o no tiene correo electrónico, o ya se le ofreció.
desk-asap-time-no-longer-free = Esa hora ya no está libre para este tipo de cita.

## Recall.

desk-recall-choose-outcome = Elija cómo intentó contactar con el paciente.
desk-recall-choose-window = Elija un periodo de la lista.
desk-recall-choose-order = Elija un orden de la lista.
desk-recall-choose-page = Elija una página de la lista.
desk-recall-contacted-by-email = Correo de revisión
desk-what-recall-kind = el tipo de revisión
desk-what-due-date = la fecha prevista
desk-what-recall-reason = por qué se fija la fecha a mano

## Email templates' placeholders: what each holds.

desk-placeholder-patient-first-name = El nombre del paciente (o el nombre preferido)
desk-placeholder-patient-name = El nombre completo del paciente
desk-placeholder-appointment-date = El día, en la zona horaria de la clínica: martes, 1 de diciembre de 2026
desk-placeholder-appointment-time = La hora de inicio, en la zona horaria de la clínica: 10:30
desk-placeholder-time-zone = La zona horaria de la clínica: Europe/Madrid
desk-placeholder-appointment-type = El motivo de la cita: Revisión
desk-placeholder-provider = El profesional que atenderá al paciente: Dra. Ana Pérez
desk-placeholder-clinic-name = El nombre de la clínica
desk-placeholder-clinic-address = La dirección de la clínica
desk-placeholder-clinic-phone = El teléfono de la clínica
desk-placeholder-manage-link = El enlace propio del paciente para ver, cambiar o cancelar la cita en línea
desk-placeholder-confirm-link = El enlace del paciente para confirmar que vendrá (pregunta una vez más y luego confirma)
desk-placeholder-move-link = El enlace del paciente para elegir otra hora
desk-placeholder-cancel-link = El enlace del paciente para cancelar (pregunta una vez más)
desk-placeholder-recall-kind = Para qué debe volver el paciente: Higiene
desk-placeholder-due-date = Cuándo le toca: martes, 12 de enero de 2027
desk-placeholder-booking-link = El enlace propio del paciente a la reserva en línea, con el tipo de cita ya elegido: solo elige la hora
desk-placeholder-offer-date = El día de la hora liberada, en la zona horaria de la clínica: martes, 1 de diciembre de 2026
desk-placeholder-offer-time = Su hora de inicio, en la zona horaria de la clínica: 10:30
desk-placeholder-offer-type = Para qué es la hora: Higiene
desk-placeholder-offer-provider = El profesional que atendería al paciente: Dra. Ana Pérez
desk-placeholder-offer-link = El enlace propio del paciente para aceptar la hora (se la queda el primero que la acepta)
desk-placeholder-offer-expires = Hasta cuándo es válida la oferta: martes, 1 de diciembre a las 09:30
desk-placeholder-staff-name = El nombre del nuevo miembro del equipo
desk-placeholder-invitation-link = El enlace de un solo uso para elegir una contraseña
desk-placeholder-invitation-expires = Cuándo deja de funcionar el enlace: jueves, 3 de diciembre de 2026
desk-placeholder-inviting-clinic-name = El nombre de la clínica que invita

## Emails: templates and the outbox.

desk-email-choose-kind = Elija un tipo de correo de la lista.
desk-template-part-empty = Esta parte no puede estar vacía.
desk-template-part-too-long = Como máximo { $max } caracteres.
desk-outbox-choose-status = Elija un estado de la lista.
desk-what-a-date = una fecha
desk-outbox-only-failed-retried = Solo se puede reintentar un correo fallido: este ha cambiado entretanto. Vuelva a consultarlo.
desk-outbox-only-queued-cancelled = Solo se puede cancelar un correo en cola: este ha cambiado entretanto. Vuelva a consultarlo.

## API keys, webhooks and calendar feeds.

desk-api-key-name = Ponga un nombre a la clave (hasta { $max } caracteres).
desk-api-key-per-minute = Indique un número entero de { $min } a { $max }.
desk-api-origin-invalid = «{ $origin }» no es un origen como https://crm.example.com.
desk-api-origins-too-many = Autorice como máximo { $max } orígenes.
desk-api-key-when-by = { $when } por { $who }
desk-api-key-name-taken = Ya hay una clave activa con este nombre: elija otro o revoque esa clave.
desk-api-key-revoked-already = Esta clave ya está revocada.
desk-webhook-no-answer = sin respuesta
desk-webhook-delivery = { $day } { $time } · { $event } · { $outcome }
desk-webhook-url-full-address = Indique una dirección completa, como https://example.com/hooks.
desk-webhook-url-https = Use una dirección https://.
desk-webhook-url-unresolved = No se encontró { $host }. Compruebe la dirección.
desk-webhook-url-private = { $host } es una dirección privada o local; los webhooks solo van a direcciones públicas.
desk-webhook-disabled = Este endpoint está desactivado.
desk-feed-choose-detail = Elija cómo muestran a los pacientes los calendarios suscritos.

## The account: sessions, passwords, invitations.

desk-auth-not-your-session = Esa no es una de sus sesiones.
desk-auth-new-passwords-differ = Las dos contraseñas nuevas no coinciden.
desk-auth-not-current-password = Esa no es su contraseña actual.
desk-auth-password-unchanged = Elija una contraseña distinta de la actual.
desk-auth-invitation-gone = Este enlace de invitación ya no funciona: ya se usó o ha caducado. Pida uno nuevo a un administrador.
desk-auth-passwords-differ = Las dos contraseñas no coinciden.

## The audit log.

desk-audit-chain-broken = La cadena está rota en la posición { $position }: esa entrada o su sello se modificaron, o se eliminó o insertó una entrada ahí. Todas las posiciones anteriores son correctas.
desk-audit-entry-unaccounted = La entrada { $entry } no está sellada ni pendiente de sellar: se eliminó su lugar en la cola de sellado.
desk-audit-entry-changed = La entrada { $entry }, aún sin sellar, ya no coincide con su MAC: se modificó.
desk-audit-entry-deleted = La entrada { $entry } estaba pendiente de sellar y ya no existe: se eliminó.
desk-audit-action-shape = Una acción se escribe como patient.viewed, o patient. para todas ellas.
desk-audit-last-before-first = El último día es anterior al primero.

## Reports.

desk-what-first-day = el primer día
desk-what-last-day = el último día
desk-report-last-before-first = El último día es anterior al primero.
desk-report-choose-period = Elija un periodo de la lista.
desk-report-too-long = { $days ->
    [one] Elija como máximo { $days } día.
   *[other] Elija como máximo { $days } días.
    }
desk-report-choose-table = Elija una de las tablas del informe.

## Notifications.

desk-notifications-choose = Elija entre los tipos indicados.
desk-webhook-events-from-list = Elija eventos de la lista.
desk-webhook-events-one = Elija al menos un evento.
desk-staff-choose-role = Elija administrador, dentista, higienista o recepcionista.
desk-audit-export-days = Elija el primer y el último día que exportar.
desk-audit-export-most-days = Exporte como máximo { $days } días de una vez.
desk-template-line = Línea { $line }: { $reason }
desk-template-undefined = un marcador que este correo no tiene
desk-template-syntax = error de sintaxis
desk-notification-online-booked = Un paciente reservó en línea: { $type_name }, { $when }.
desk-notification-online-moved = Un paciente cambió su cita en línea, ahora: { $type_name }, { $when }.
desk-notification-online-cancelled = Un paciente canceló en línea: { $type_name }, { $when }.
desk-notification-online-confirmed = Un paciente confirmó: { $type_name }, { $when }.
desk-notification-asap-claimed = Un paciente de la lista de espera tomó un hueco libre: { $type_name }, { $when }.
desk-notification-appointment-changed = Una cita cambió: { $type_name }, { $when }.
desk-notification-email-failed = No se pudo enviar un correo ({ $kind }) a { $address }.
desk-notification-medical-alert = Se añadió una alerta médica a su paciente de { $when }.
